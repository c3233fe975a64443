package news.prism.ingest.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of {@code POST /api/feeds}: the feed's absolute http(s) URL, and how often to poll it
 * ({@code prism.ingest.feeds.default-interval-seconds} when absent).
 */
@Serdeable
public record FeedRequest(@Nullable String url, @Nullable Integer intervalSeconds) {
}
