package news.prism.notify.digest;

import java.time.Instant;
import java.util.UUID;
import news.prism.notify.subscription.Frequency;

/** A digest subscription's current period, {@code since} to {@code dueAt}, and when its periods end. */
record OpenPeriod(UUID subscriberId, String topic, Frequency frequency, Instant since, Instant dueAt,
                  DigestSchedule schedule) {
}
