package news.prism.story.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.prism.testkit.Caller;

/**
 * Tokens with whatever claims a test needs, well-formed or not, signed with the test JVM's shared secret, so that
 * only their claims decide whether they are believed.
 */
final class SignedClaims {

    private SignedClaims() {
    }

    /** The claims of a good editor's token, issued now for an hour, to change or remove one by one. */
    static Map<String, Object> editor(String subject) {
        Instant now = Instant.now();
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", subject);
        claims.put("roles", List.of("editor"));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(Duration.ofHours(1)).getEpochSecond());
        return claims;
    }

    static long secondsFromNow(Duration offset) {
        return Instant.now().plus(offset).getEpochSecond();
    }

    /** The {@code Authorization} header value carrying the claims as given. */
    static String bearer(Map<String, Object> claims) {
        JWSObject token = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(claims));
        try {
            token.sign(new MACSigner(Caller.SECRET.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return "Bearer " + token.serialize();
    }
}
