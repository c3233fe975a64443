package news.prism.ingest.dedup;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The near-duplicate layer: a text whose estimated similarity to a stored source reaches the threshold is a near
 * duplicate of the most similar one (of the earliest taken in, among equals). Unlike the exact layers it does not
 * stop the intake: the new source is stored and announced, linked to that earlier source.
 */
@Singleton
public class NearDuplicates {

    private final SignatureIndex index;
    private final NearDuplicateSettings settings;

    public NearDuplicates(SignatureIndex index, NearDuplicateSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    /**
     * The candidates of a batch of texts, under the intake's {@link DecisionLocks}.
     *
     * @param replaceable at most how many stored sources the batch may give a new signature (a new version each):
     *                    that many more candidates are fetched, so that dropping their stale signatures leaves enough
     */
    public NearDuplicateCandidates lookUp(List<Signature> signatures, int replaceable) {
        int limit = settings.maxCandidates() + replaceable;
        return new NearDuplicateCandidates(signatures, index.candidates(signatures, limit), settings);
    }

    /** Keeps the signatures of the sources' current versions; {@code replacing} names those that had one before. */
    public void storeAll(Map<UUID, Signature> signatures, Collection<UUID> replacing) {
        index.storeAll(signatures, replacing);
    }

    /** An earlier source that a new one nearly duplicates, and their estimated Jaccard similarity. */
    public record NearDuplicateMatch(UUID originalId, double similarity) {
    }
}
