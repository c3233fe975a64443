package news.prism.http.security;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.config.TokenConfiguration;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A token's roles claim, when it has one, must be an array of {@link Roles}: Micronaut would otherwise take a
 * string, or anything else, for a single role, and pass on roles Prism does not know.
 *
 * @param <T> the request
 */
@Singleton
class TokenRolesCheck<T> extends ClaimsRule<T> {

    private static final Set<String> KNOWN = Set.of(Roles.ALL);

    private final String rolesClaim;

    TokenRolesCheck(TokenConfiguration tokens) {
        this.rolesClaim = tokens.getRolesName();
    }

    @Override
    Optional<String> brokenBy(Claims claims) {
        Object roles = claims.get(rolesClaim);
        if (roles == null) {
            return Optional.empty();
        }
        if (!(roles instanceof List<?> list)) {
            return Optional.of("its " + rolesClaim + " is not an array");
        }
        return list.stream().allMatch(role -> role instanceof String name && KNOWN.contains(name))
                ? Optional.empty()
                : Optional.of("its " + rolesClaim + " holds a value that is not one of " + List.of(Roles.ALL));
    }
}
