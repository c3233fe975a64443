package news.prism.ingest.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A feed as the API shows it; {@code lastPoll} is absent until it was first polled. {@code nextPollAt} is the next
 * attempt: one interval after the last, or, after {@code consecutiveFailures} failed polls in a row (the last one's
 * error in {@code lastPoll}), put off by the backoff.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedView(
        UUID id,
        String url,
        int intervalSeconds,
        FeedStatus status,
        Instant nextPollAt,
        String createdBy,
        Instant createdAt,
        int consecutiveFailures,
        @Nullable LastPoll lastPoll) {

    static FeedView of(Feed feed) {
        return new FeedView(feed.id(), feed.url(), feed.intervalSeconds(), feed.status(), feed.nextPollAt(),
                feed.createdBy(), feed.createdAt(), feed.consecutiveFailures(), feed.lastPoll());
    }
}
