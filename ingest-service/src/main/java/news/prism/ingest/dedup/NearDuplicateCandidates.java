package news.prism.ingest.dedup;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import news.prism.ingest.dedup.NearDuplicates.NearDuplicateMatch;
import news.prism.ingest.dedup.SignatureIndex.Candidate;

/**
 * The near-duplicate candidates of a batch's texts: the stored ones, looked up once, and the sources the batch has
 * signed so far, chosen and compared exactly as the index would have if the batch's texts had come one after the
 * other (sharing a band, most shared bands first, at most {@code max-candidates}).
 */
public final class NearDuplicateCandidates {

    private static final Comparator<Candidate> MOST_SHARED_FIRST = Comparator
            .comparingInt(Candidate::sharedBands).reversed()
            .thenComparing(candidate -> candidate.source().sourceId(), TakenIn.POSTGRES_UUID_ORDER);

    private final List<Signature> signatures;
    private final List<List<Candidate>> stored;
    private final NearDuplicateSettings settings;
    /** The sources signed by this batch, with their current signatures: these replace any stored ones. */
    private final Map<UUID, Signed> signedHere = new LinkedHashMap<>();

    NearDuplicateCandidates(List<Signature> signatures, List<List<Candidate>> stored,
                            NearDuplicateSettings settings) {
        this.signatures = signatures;
        this.stored = stored;
        this.settings = settings;
    }

    /** The source that the batch's text number {@code text} nearly duplicates, if any. */
    public Optional<NearDuplicateMatch> mostSimilar(int text) {
        Signature signature = signatures.get(text);
        if (signature.isEmpty()) {
            return Optional.empty();
        }
        long[] bands = settings.bandHashesOf(signature);
        Stream<Candidate> fromBatch = signedHere.values().stream()
                .map(signed -> new Candidate(signed.source(), signed.signature(),
                        Signature.sharedBands(bands, signed.bands())))
                .filter(candidate -> candidate.sharedBands() > 0);
        Stream<Candidate> fromIndex = stored.get(text).stream()
                .filter(candidate -> !signedHere.containsKey(candidate.source().sourceId()));
        // Candidates come earliest first; on equal similarity the earlier one stays.
        return Stream.concat(fromIndex, fromBatch)
                .sorted(MOST_SHARED_FIRST)
                .limit(settings.maxCandidates())
                .sorted(Comparator.comparing(Candidate::source, TakenIn.EARLIEST_FIRST))
                .map(candidate -> new NearDuplicateMatch(candidate.source().sourceId(),
                        signature.similarity(candidate.signature())))
                .filter(match -> match.similarity() >= settings.threshold())
                .reduce((best, next) -> next.similarity() > best.similarity() ? next : best);
    }

    /** The batch's text number {@code text} is now the current version of {@code source}. */
    public void remember(int text, TakenIn source) {
        Signature signature = signatures.get(text);
        if (!signature.isEmpty()) {
            signedHere.put(source.sourceId(),
                    new Signed(source, signature, settings.bandHashesOf(signature)));
        }
    }

    private record Signed(TakenIn source, Signature signature, long[] bands) {
    }
}
