package news.prism.notify.digest;

import java.time.Instant;
import java.util.UUID;
import news.prism.notify.subscription.Frequency;

/**
 * A queued digest as its mail is sent: to whom, for which topic and period, and whether the reader still gets that
 * topic.
 */
record Digest(UUID id, UUID subscriberId, String email, String topic, Frequency frequency, Instant start,
              Instant end, boolean wanted) {
}
