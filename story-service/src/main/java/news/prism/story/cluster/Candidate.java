package news.prism.story.cluster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A story candidate: the unassigned reports of one cluster, earliest report first. {@code size} counts the reports;
 * a near-duplicate copy of a report is listed under it ({@link CandidateSource#copies()}), not as a report of its
 * own. {@code firstSeen} and {@code lastSeen} are when the first and the latest report were ingested.
 */
@Serdeable
public record Candidate(
        UUID id,
        List<CandidateSource> sources,
        int size,
        @Nullable Instant firstSeen,
        @Nullable Instant lastSeen) {

    /**
     * A source of a candidate as an editor sees it, with the start of its text, and the near-duplicate copies of it
     * that other outlets ran (ingest-service's {@code nearDuplicateOf}), earliest first; a copy has none itself.
     */
    @Serdeable
    public record CandidateSource(
            String sourceId,
            String outlet,
            String title,
            String url,
            @Nullable Instant publishedAt,
            Instant ingestedAt,
            String excerpt,
            List<CandidateSource> copies) {

        public CandidateSource {
            copies = List.copyOf(copies);
        }

        CandidateSource withCopies(List<CandidateSource> copiesOfIt) {
            return new CandidateSource(sourceId, outlet, title, url, publishedAt, ingestedAt, excerpt, copiesOfIt);
        }
    }

    static Candidate of(UUID id, List<CandidateSource> reports) {
        return new Candidate(id, List.copyOf(reports), reports.size(),
                reports.stream().map(CandidateSource::ingestedAt).min(Comparator.naturalOrder()).orElse(null),
                reports.stream().map(CandidateSource::ingestedAt).max(Comparator.naturalOrder()).orElse(null));
    }
}
