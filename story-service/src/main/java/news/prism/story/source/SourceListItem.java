package news.prism.story.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A source as a search finds it: the local copy, the story candidate it belongs to (if any), whether a story cites
 * it, and how well it matches the search's text ({@code rank}, PostgreSQL's ts_rank; only when text was given).
 */
@Serdeable
public record SourceListItem(
        String sourceId,
        String outlet,
        String url,
        String title,
        @Nullable Instant publishedAt,
        Instant ingestedAt,
        @Nullable String language,
        String excerpt,
        @Nullable UUID candidateId,
        boolean assigned,
        @Nullable Float rank) {

    /** Published, else ingested: the time the search is ordered and filtered by. */
    public Instant time() {
        return publishedAt == null ? ingestedAt : publishedAt;
    }
}
