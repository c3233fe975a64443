package news.prism.story.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How alike a source is to each of a set of others: the cosine of their TF-IDF vectors over {@link Terms}, title
 * terms counted {@code titleWeight} times (a headline names the event more densely than the text), weighed by
 * {@link DocumentFrequencies}.
 */
final class Similarity {

    private Similarity() {
    }

    /**
     * With the document frequencies taken over the source and the others together, as when every recent source
     * was compared with every other.
     *
     * @return the similarity of {@code source} to each of {@code others}, in their order, from 0 to 1
     */
    static List<Double> of(SourceText source, List<SourceText> others, int titleWeight) {
        Map<String, Integer> counts = termCounts(source, titleWeight);
        List<Map<String, Integer>> othersCounts = others.stream().map(other -> termCounts(other, titleWeight))
                .toList();
        List<Set<String>> all = new ArrayList<>();
        all.add(counts.keySet());
        othersCounts.forEach(other -> all.add(other.keySet()));
        return of(counts, othersCounts, DocumentFrequencies.among(all));
    }

    /** @return the similarity of the source with these term counts to each of the others, from 0 to 1 */
    static List<Double> of(Map<String, Integer> source, List<Map<String, Integer>> others,
                           InverseFrequencies frequencies) {
        Map<String, Double> vector = weigh(source, frequencies);
        double norm = norm(vector.values());
        List<Double> scores = new ArrayList<>(others.size());
        for (Map<String, Integer> other : others) {
            scores.add(cosine(vector, norm, other, frequencies));
        }
        return scores;
    }

    static Map<String, Integer> termCounts(SourceText text, int titleWeight) {
        Map<String, Integer> counts = new HashMap<>();
        Terms.of(text.title()).forEach(term -> counts.merge(term, titleWeight, Integer::sum));
        Terms.of(text.excerpt()).forEach(term -> counts.merge(term, 1, Integer::sum));
        return counts;
    }

    /** Sublinear term frequency times smoothed inverse document frequency. */
    static Map<String, Double> weigh(Map<String, Integer> counts, InverseFrequencies frequencies) {
        Map<String, Double> weights = new HashMap<>();
        counts.forEach((term, count) -> weights.put(term, (1 + Math.log(count)) * frequencies.inverse(term)));
        return weights;
    }

    /** The cosine of {@code vector} (of length {@code norm}) and the weighed {@code counts}, weighed as it goes. */
    private static double cosine(Map<String, Double> vector, double norm, Map<String, Integer> counts,
                                 InverseFrequencies frequencies) {
        double dot = 0;
        double squares = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            double weight = (1 + Math.log(entry.getValue())) * frequencies.inverse(entry.getKey());
            squares += weight * weight;
            Double other = vector.get(entry.getKey());
            if (other != null) {
                dot += weight * other;
            }
        }
        double norms = norm * Math.sqrt(squares);
        return norms == 0 ? 0 : dot / norms;
    }

    private static double norm(Collection<Double> weights) {
        return Math.sqrt(weights.stream().mapToDouble(weight -> weight * weight).sum());
    }
}
