package news.prism.ingest.dedup;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code prism.ingest.near-duplicates.*}: a new source whose estimated Jaccard similarity to an earlier one, over
 * word {@code shingleWords}-shingles, is at least {@code threshold} is stored linked to it. The similarity is
 * estimated from MinHash signatures of {@code hashFunctions} values, looked up by LSH in {@code bands} bands of
 * {@code rowsPerBand} values each, taken from the start of the signature. Changing {@code shingleWords},
 * {@code hashFunctions} or {@code rowsPerBand} makes stored signatures incomparable with new ones; {@code bands}
 * may be lowered (the stored rows of the dropped bands are then unused); only {@code threshold} and
 * {@code maxCandidates} may change freely.
 */
@ConfigurationProperties("prism.ingest.near-duplicates")
public record NearDuplicateSettings(double threshold, int shingleWords, int hashFunctions, int bands,
                                    int rowsPerBand, int maxCandidates) {

    public NearDuplicateSettings {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("prism.ingest.near-duplicates.threshold must be in (0, 1]");
        }
        if (shingleWords < 1 || bands < 1 || rowsPerBand < 1 || bands * rowsPerBand > hashFunctions) {
            throw new IllegalArgumentException("prism.ingest.near-duplicates needs shingle-words >= 1, bands >= 1, "
                    + "rows-per-band >= 1 and bands * rows-per-band <= hash-functions");
        }
    }

    /** The band hashes a signature is looked up and stored by. */
    public long[] bandHashesOf(Signature signature) {
        return signature.bandHashes(bands, rowsPerBand);
    }
}
