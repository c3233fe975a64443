package news.prism.http.security;

import com.nimbusds.jose.jwk.KeyType;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Tokens signed by the newsroom's identity provider, verified against the keys it publishes at
 * {@code prism.security.jwks-url} ({@code PRISM_JWKS_URL}). Micronaut fetches the key set and keeps it for
 * {@code prism.security.jwks-cache-seconds}.
 */
@Singleton
@Named("prism-jwks")
@Requires(property = JwksSigning.URL_PROPERTY, pattern = ".+")
public class JwksSigning implements JwksSignatureConfiguration {

    public static final String URL_PROPERTY = "prism.security.jwks-url";

    private final String url;
    private final int cacheExpirationSeconds;

    public JwksSigning(TokenSettings settings) {
        this.url = settings.jwksUrl();
        this.cacheExpirationSeconds = settings.jwksCacheSeconds();
    }

    @Override
    public String getName() {
        return "prism-jwks";
    }

    @Override
    public String getUrl() {
        return url;
    }

    @Override
    public KeyType getKeyType() {
        return KeyType.RSA;
    }

    @Override
    public Integer getCacheExpiration() {
        return cacheExpirationSeconds;
    }
}
