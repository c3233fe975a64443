package news.prism.ingest.feed;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A feed the service polls, as stored in {@code feeds}. {@code etag} and {@code lastModified} are the validators
 * of the last document read, sent back as a conditional GET.
 */
public record Feed(
        UUID id,
        String url,
        int intervalSeconds,
        FeedStatus status,
        Instant nextPollAt,
        @Nullable String etag,
        @Nullable String lastModified,
        String createdBy,
        Instant createdAt,
        @Nullable LastPoll lastPoll,
        int consecutiveFailures) {
}
