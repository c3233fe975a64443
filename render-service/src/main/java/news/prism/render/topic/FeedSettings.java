package news.prism.render.topic;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;

/** {@code prism.render.feed.*}: how long a retracted story stays in its topic's feed as a tombstone. */
@ConfigurationProperties("prism.render.feed")
public record FeedSettings(@NotNull Duration tombstonePeriod) {

    /** The earliest retraction whose tombstone a feed written at {@code now} still carries. */
    Instant tombstonesSince(Instant now) {
        return now.minus(tombstonePeriod);
    }
}
