package news.prism.http.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/**
 * Tokens signed with a shared secret (HMAC-SHA256), as the local stack and the tests issue them. Only present when
 * {@code prism.security.jwt-secret} ({@code PRISM_JWT_SECRET}) is set; production uses a JWKS instead or as well.
 */
@Factory
@Requires(property = SecretSigning.SECRET_PROPERTY, pattern = ".+")
public class SecretSigning {

    public static final String SECRET_PROPERTY = "prism.security.jwt-secret";
    /** HS256 needs a key of at least 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;

    // The signature itself rather than its configuration: a SecretSignatureConfiguration bean would be bound to
    // Micronaut's own configuration keys and never be created from this factory.
    @Singleton
    @Named("prism-shared-secret")
    SignatureConfiguration sharedSecret(TokenSettings settings) {
        String secret = settings.jwtSecret();
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalStateException(SECRET_PROPERTY + " must be at least " + MIN_SECRET_BYTES
                    + " bytes long for HS256");
        }
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("prism-shared-secret");
        configuration.setSecret(secret);
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(configuration);
    }
}
