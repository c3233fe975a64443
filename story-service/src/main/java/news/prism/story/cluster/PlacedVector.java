package news.prism.story.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * A report's {@link TermVector} in the form placements score it by, and keep in memory: each term as its
 * {@link Terms#fingerprint fingerprint}, with its weight. Vectors read back from the database need no string per
 * term kept, nor made canonical: at 100,000 unassigned sources, making the terms of the vectors read back canonical
 * was most of what a placement spent reading its neighbours' vectors.
 */
final class PlacedVector {

    static final PlacedVector NONE = new PlacedVector(new long[0], new float[0]);

    private final long[] fingerprints;
    private final float[] weights;

    private PlacedVector(long[] fingerprints, float[] weights) {
        this.fingerprints = fingerprints;
        this.weights = weights;
    }

    /** @param terms in step with {@code weights} */
    static PlacedVector of(String[] terms, float[] weights) {
        long[] fingerprints = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            fingerprints[i] = Terms.fingerprint(terms[i]);
        }
        return new PlacedVector(fingerprints, weights);
    }

    /** The weights by fingerprint, to score many vectors against this one. */
    Map<Long, Double> byFingerprint() {
        Map<Long, Double> byFingerprint = new HashMap<>(fingerprints.length * 2);
        for (int i = 0; i < fingerprints.length; i++) {
            byFingerprint.put(fingerprints[i], (double) weights[i]);
        }
        return byFingerprint;
    }

    /**
     * The cosine of this vector and one given {@link #byFingerprint by fingerprint}: their dot product, both of
     * length 1.
     */
    double cosine(Map<Long, Double> other) {
        double dot = 0;
        for (int i = 0; i < fingerprints.length; i++) {
            Double weight = other.get(fingerprints[i]);
            if (weight != null) {
                dot += weight * weights[i];
            }
        }
        return dot;
    }
}
