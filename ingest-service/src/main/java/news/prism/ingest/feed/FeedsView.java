package news.prism.ingest.feed;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The answer to {@code GET /api/feeds}: every feed, oldest first. */
@Serdeable
public record FeedsView(List<FeedView> feeds) {
}
