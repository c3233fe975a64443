package news.prism.http.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code prism.security.*}: how a bearer token's signature is verified, and what its claims must say besides.
 *
 * @param clockSkew how far the token issuer's clock may be from the service's: a token is still taken this long
 *        after its {@code exp}, and this long before its {@code nbf} or {@code iat}
 * @param issuer the {@code iss} every token must name; empty: not checked
 * @param audience a value the token's {@code aud} must hold; empty: not checked
 * @param jwtSecret the shared HS256 secret tokens may be signed with ({@code PRISM_JWT_SECRET}); empty: none
 * @param jwksUrl the identity provider's key set tokens may be signed with ({@code PRISM_JWKS_URL}); empty: none
 * @param jwksCacheSeconds how long the fetched key set is kept before it is fetched again
 */
@ConfigurationProperties("prism.security")
public record TokenSettings(
        @Bindable(defaultValue = "60s") Duration clockSkew,
        @Nullable String issuer,
        @Nullable String audience,
        @Nullable String jwtSecret,
        @Nullable String jwksUrl,
        @Bindable(defaultValue = "300") int jwksCacheSeconds) {

    public TokenSettings {
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("prism.security.clock-skew must not be negative, it is " + clockSkew);
        }
    }

    public Optional<String> requiredIssuer() {
        return nonBlank(issuer);
    }

    public Optional<String> requiredAudience() {
        return nonBlank(audience);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
