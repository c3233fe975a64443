package news.prism.ingest.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The MinHash signature of a text: for each hash function, the least hash of any of its shingles. The share of
 * positions where two signatures agree estimates the Jaccard similarity of the two shingle sets.
 */
public final class Signature {

    private static final Signature EMPTY = new Signature(new long[0]);

    private final long[] values;

    Signature(long[] values) {
        this.values = values.clone();
    }

    /** The signature of a text without a single word, which resembles nothing. */
    public static Signature empty() {
        return EMPTY;
    }

    public static Signature fromBytes(byte[] bytes) {
        long[] values = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(values);
        return new Signature(values);
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
        buffer.asLongBuffer().put(values);
        return buffer.array();
    }

    /** The estimated Jaccard similarity; 0 for signatures of different shape. */
    public double similarity(Signature other) {
        if (isEmpty() || other.values.length != values.length) {
            return 0;
        }
        int agreeing = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) {
                agreeing++;
            }
        }
        return (double) agreeing / values.length;
    }

    /**
     * One hash for each of the first {@code bands} bands of {@code rows} consecutive values: two texts share a band
     * hash when they agree on the whole band, which is likely for similar texts and unlikely for others. A band's
     * hash depends on its own values and position only, so fewer bands give a prefix of the same hashes.
     */
    public long[] bandHashes(int bands, int rows) {
        long[] hashes = new long[Math.min(bands, values.length / rows)];
        for (int band = 0; band < hashes.length; band++) {
            long hash = Hashing.mix(band);
            for (int row = 0; row < rows; row++) {
                hash = Hashing.mix(hash ^ values[band * rows + row]);
            }
            hashes[band] = hash;
        }
        return hashes;
    }

    /** How many bands two texts' band hashes ({@link #bandHashes}) agree on. */
    static int sharedBands(long[] some, long[] others) {
        int shared = 0;
        for (int band = 0; band < Math.min(some.length, others.length); band++) {
            if (some[band] == others[band]) {
                shared++;
            }
        }
        return shared;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signature signature && Arrays.equals(values, signature.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
