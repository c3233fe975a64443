package news.prism.story.cluster;

import java.util.Map;

/**
 * A report's TF-IDF vector ({@link Similarity#weigh}) scaled to length 1: its terms and their weights, in step. A
 * report's vector is fixed when it is placed, weighed by the frequencies of that moment, as a search index fixes a
 * document's weights when it indexes it: a placement then scores a neighbour by the terms the two share alone, and
 * needs no frequencies of the neighbour's other terms. Frequencies move little once thousands of sources are counted.
 */
final class TermVector {

    static final TermVector NONE = new TermVector(new String[0], new float[0]);

    private final String[] terms;
    // Single precision, as stored: a report weighs the same whether its vector is read back or still in memory.
    private final float[] weights;

    /** @param terms each the {@link Terms#canonical one instance} of its term, as {@link Terms} makes them */
    TermVector(String[] terms, float[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /** The vector of these term counts, weighed by these frequencies. */
    static TermVector of(Map<String, Integer> counts, InverseFrequencies frequencies) {
        Map<String, Double> weighed = Similarity.weigh(counts, frequencies);
        double length = Math.sqrt(weighed.values().stream().mapToDouble(weight -> weight * weight).sum());
        String[] terms = new String[weighed.size()];
        float[] weights = new float[weighed.size()];
        int i = 0;
        for (Map.Entry<String, Double> entry : weighed.entrySet()) {
            terms[i] = entry.getKey();
            weights[i++] = (float) (length == 0 ? 0 : entry.getValue() / length);
        }
        return new TermVector(terms, weights);
    }

    String[] terms() {
        return terms;
    }

    float[] weights() {
        return weights;
    }

    /** This vector as placements score it and keep it in memory. */
    PlacedVector placed() {
        return PlacedVector.of(terms, weights);
    }
}
