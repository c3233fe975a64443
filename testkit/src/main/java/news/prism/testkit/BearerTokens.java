package news.prism.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Issues HS256 tokens signed with a shared secret, for tests and the local stack's token command. No service issues
 * tokens: in production they come from the newsroom's identity provider.
 */
public final class BearerTokens {

    /** HS256 needs a key of at least 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;

    private final byte[] secret;

    public BearerTokens(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        if (this.secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("The secret must be at least " + MIN_SECRET_BYTES + " bytes long");
        }
    }

    /** The {@code Authorization} header value of a token for the caller, valid for an hour. */
    public String authorization(Caller caller) {
        return "Bearer " + issue(caller.name(), caller.roles(), Duration.ofHours(1));
    }

    /** A signed token naming the user (its subject) and their roles, valid for the given time. */
    public String issue(String subject, List<String> roles, Duration validity) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("roles", roles)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity)))
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            token.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
        return token.serialize();
    }
}
