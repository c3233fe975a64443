package news.prism.notify.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} header of the Standard Webhooks specification: for each secret, {@code v1,} and the
 * base64 HMAC-SHA256, keyed with the secret's base64-decoded part after {@code whsec_}, of
 * {@code <webhook-id>.<webhook-timestamp>.<body>}; several signatures are separated by spaces.
 */
final class WebhookSigner {

    private static final String HMAC = "HmacSHA256";

    private WebhookSigner() {
    }

    static String signature(String messageId, long timestampSeconds, String body, List<String> secrets) {
        byte[] content = (messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8);
        return secrets.stream().map(secret -> "v1," + hmac(secret, content)).collect(Collectors.joining(" "));
    }

    private static String hmac(String secret, byte[] content) {
        byte[] key = Base64.getDecoder().decode(secret.substring(WebhookSecrets.PREFIX.length()));
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return Base64.getEncoder().encodeToString(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
