package news.prism.ingest.dedup;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code prism.ingest.near-duplicates.*}: a new source whose estimated Jaccard similarity to an earlier one, over
 * word {@code shingleWords}-shingles, is at least {@code threshold} is stored linked to it. The similarity is
 * estimated from MinHash signatures of {@code hashFunctions} values, looked up by LSH in {@code bands} bands.
 * Changing {@code shingleWords} or {@code hashFunctions} or {@code bands} makes stored signatures incomparable
 * with new ones; only {@code threshold} and {@code maxCandidates} may change freely.
 */
@ConfigurationProperties("prism.ingest.near-duplicates")
public record NearDuplicateSettings(double threshold, int shingleWords, int hashFunctions, int bands,
                                    int maxCandidates) {

    public NearDuplicateSettings {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("prism.ingest.near-duplicates.threshold must be in (0, 1]");
        }
        if (shingleWords < 1 || bands < 1 || hashFunctions % bands != 0) {
            throw new IllegalArgumentException(
                    "prism.ingest.near-duplicates needs shingle-words >= 1 and hash-functions divisible by bands");
        }
    }

    public int rowsPerBand() {
        return hashFunctions / bands;
    }
}
