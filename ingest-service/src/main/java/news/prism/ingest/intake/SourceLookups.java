package news.prism.ingest.intake;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import news.prism.ingest.dedup.Duplicates;
import news.prism.ingest.dedup.ExactMatches;
import news.prism.ingest.dedup.NearDuplicateCandidates;
import news.prism.ingest.dedup.NearDuplicates;
import news.prism.ingest.dedup.SourceGuids;
import news.prism.ingest.dedup.SourceGuids.KnownGuid;
import news.prism.ingest.source.Source;
import news.prism.ingest.source.SourceRepository;

/**
 * Asks each de-duplication layer once for a whole batch (its guids, canonical URLs, content hashes and signatures),
 * then reads the sources they name, in the caller's transaction.
 */
@Singleton
class SourceLookups {

    private final SourceGuids guids;
    private final Duplicates duplicates;
    private final NearDuplicates nearDuplicates;
    private final SourceRepository sources;

    SourceLookups(SourceGuids guids, Duplicates duplicates, NearDuplicates nearDuplicates, SourceRepository sources) {
        this.guids = guids;
        this.duplicates = duplicates;
        this.nearDuplicates = nearDuplicates;
        this.sources = sources;
    }

    /** Run under the batch's guid and decision locks. */
    KnownSources lookUp(List<SignedSource> batch) {
        List<String> guidValues = batch.stream().map(SignedSource::guid).filter(Objects::nonNull).toList();
        Map<String, KnownGuid> knownGuids = guids.findAll(guidValues);
        ExactMatches exact = duplicates.lookUp(batch.stream().map(SignedSource::fingerprint).toList());
        // Each source with a guid may become a new version of a stored source, with a new signature.
        NearDuplicateCandidates near = nearDuplicates.lookUp(
                batch.stream().map(SignedSource::signature).toList(), guidValues.size());
        Set<UUID> named = new HashSet<>(exact.sourceIds());
        knownGuids.values().forEach(known -> named.add(known.sourceId()));
        Map<UUID, Source> byId = new HashMap<>();
        if (!named.isEmpty()) {
            sources.findByIdIn(named).forEach(source -> byId.put(source.id(), source));
        }
        return new KnownSources(knownGuids, exact, near, byId);
    }
}
