package news.prism.ingest.intake;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import news.prism.ingest.dedup.ExactMatches;
import news.prism.ingest.dedup.NearDuplicateCandidates;
import news.prism.ingest.dedup.SourceGuids.KnownGuid;
import news.prism.ingest.dedup.TakenIn;
import news.prism.ingest.source.Source;

/**
 * What the de-duplication layers know while a batch is decided: the database as looked up once for the whole
 * batch, plus what the batch's earlier sources changed, so that each source is decided as if the earlier ones had
 * been stored before it came.
 */
final class KnownSources {

    private final Map<String, KnownGuid> guids;
    private final ExactMatches exact;
    private final NearDuplicateCandidates near;
    private final Map<UUID, Source> sources;

    KnownSources(Map<String, KnownGuid> guids, ExactMatches exact, NearDuplicateCandidates near,
                 Map<UUID, Source> sources) {
        this.guids = guids;
        this.exact = exact;
        this.near = near;
        this.sources = sources;
    }

    Optional<KnownGuid> guid(String guid) {
        return Optional.ofNullable(guids.get(guid));
    }

    ExactMatches exact() {
        return exact;
    }

    NearDuplicateCandidates near() {
        return near;
    }

    Source source(UUID id) {
        Source source = sources.get(id);
        if (source == null) {
            throw new IllegalStateException("A de-duplication layer named source " + id + ", which is not stored");
        }
        return source;
    }

    /** The batch's text number {@code text} became {@code version}, the current version of its source. */
    void remember(int text, Source version) {
        TakenIn source = new TakenIn(version.id(), version.ingestedAt());
        sources.put(version.id(), version);
        exact.remember(version.content().fingerprint(version.id()), source);
        near.remember(text, source);
    }

    void remember(String guid, KnownGuid recorded) {
        guids.merge(guid, recorded, KnownGuid::recordedAgain);
    }
}
