package news.prism.ingest.dedup;

import jakarta.inject.Singleton;
import java.util.Optional;
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

    public Optional<NearDuplicateMatch> mostSimilar(Signature signature) {
        if (signature.isEmpty()) {
            return Optional.empty();
        }
        // Candidates come earliest first; on equal similarity the earlier one stays.
        return index.candidates(signature).stream()
                .map(candidate -> new NearDuplicateMatch(candidate.sourceId(),
                        signature.similarity(candidate.signature())))
                .filter(match -> match.similarity() >= settings.threshold())
                .reduce((best, next) -> next.similarity() > best.similarity() ? next : best);
    }

    public void remember(UUID sourceId, Signature signature) {
        if (!signature.isEmpty()) {
            index.store(sourceId, signature);
        }
    }

    /** An earlier source that a new one nearly duplicates, and their estimated Jaccard similarity. */
    public record NearDuplicateMatch(UUID originalId, double similarity) {
    }
}
