package news.prism.notify.webhook;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** The answer to a rotation: the new secret, shown this once, and until when the previous one still signs. */
@Serdeable
public record RotatedSecret(String secret, Instant previousSecretValidUntil) {
}
