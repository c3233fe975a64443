package news.prism.http.security;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.config.TokenConfiguration;
import jakarta.inject.Singleton;
import java.util.Optional;
import news.prism.http.user.UserNames;

/**
 * A token must name its user with a string that {@link UserNames} can normalise: one naming no one, or naming them
 * with invisible characters, is refused here rather than compared or stored later.
 *
 * @param <T> the request
 */
@Singleton
class TokenSubjectCheck<T> extends ClaimsRule<T> {

    private final String nameClaim;

    TokenSubjectCheck(TokenConfiguration tokens) {
        this.nameClaim = tokens.getNameKey();
    }

    @Override
    Optional<String> brokenBy(Claims claims) {
        if (!(claims.get(nameClaim) instanceof String subject)) {
            return Optional.of("its " + nameClaim + " is missing or not a string");
        }
        try {
            UserNames.normalise(subject);
            return Optional.empty();
        } catch (IllegalArgumentException unnamed) {
            return Optional.of(unnamed.getMessage());
        }
    }
}
