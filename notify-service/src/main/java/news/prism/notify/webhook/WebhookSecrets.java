package news.prism.notify.webhook;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;

/** New signing secrets in the Standard Webhooks form {@code whsec_<base64 of 32 random bytes>}. */
@Singleton
public class WebhookSecrets {

    static final String PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    public String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }
}
