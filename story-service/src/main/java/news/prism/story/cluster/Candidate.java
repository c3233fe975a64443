package news.prism.story.cluster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A story candidate: the unassigned sources of one cluster, earliest report first. {@code firstSeen} and
 * {@code lastSeen} are when the first and the latest of them were ingested.
 */
@Serdeable
public record Candidate(
        UUID id,
        List<CandidateSource> sources,
        int size,
        @Nullable Instant firstSeen,
        @Nullable Instant lastSeen) {

    /** A source of a candidate as an editor sees it, with the start of its text. */
    @Serdeable
    public record CandidateSource(
            String sourceId,
            String outlet,
            String title,
            String url,
            @Nullable Instant publishedAt,
            Instant ingestedAt,
            String excerpt) {
    }

    static Candidate of(UUID id, List<CandidateSource> sources) {
        return new Candidate(id, List.copyOf(sources), sources.size(),
                sources.stream().map(CandidateSource::ingestedAt).min(Comparator.naturalOrder()).orElse(null),
                sources.stream().map(CandidateSource::ingestedAt).max(Comparator.naturalOrder()).orElse(null));
    }
}
