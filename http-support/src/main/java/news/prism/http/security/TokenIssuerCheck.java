package news.prism.http.security;

import io.micronaut.security.token.Claims;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Optional;

/**
 * When configured, a token must come from {@link TokenSettings#issuer} ({@code iss}) and be meant for
 * {@link TokenSettings#audience} ({@code aud}, one value or a list holding it).
 *
 * @param <T> the request
 */
@Singleton
class TokenIssuerCheck<T> extends ClaimsRule<T> {

    private final TokenSettings settings;

    TokenIssuerCheck(TokenSettings settings) {
        this.settings = settings;
    }

    @Override
    Optional<String> brokenBy(Claims claims) {
        Optional<String> issuer = settings.requiredIssuer()
                .filter(required -> !required.equals(claims.get(Claims.ISSUER)))
                .map(required -> "its iss is not " + required);
        return issuer.or(() -> settings.requiredAudience()
                .filter(required -> !audienceHolds(claims.get(Claims.AUDIENCE), required))
                .map(required -> "its aud does not hold " + required));
    }

    private static boolean audienceHolds(Object audience, String required) {
        return audience instanceof Collection<?> values ? values.contains(required) : required.equals(audience);
    }
}
