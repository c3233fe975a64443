package news.prism.http.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;

/**
 * Refuses to start a service that could verify no token at all: every protected request would be answered 401,
 * which looks like a client's fault rather than the missing configuration it is.
 */
@Context
public class SigningKeysCheck {

    public SigningKeysCheck(TokenSettings settings) {
        if (isBlank(settings.jwtSecret()) && isBlank(settings.jwksUrl())) {
            throw new ConfigurationException("No way to verify tokens: set PRISM_JWT_SECRET (a shared secret of at least "
                    + SecretSigning.MIN_SECRET_BYTES + " bytes) or PRISM_JWKS_URL (the identity provider's key set)");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
