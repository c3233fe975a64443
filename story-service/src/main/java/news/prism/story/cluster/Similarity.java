package news.prism.story.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How alike a source is to each of a set of others: the cosine of their TF-IDF vectors over {@link Terms}, title
 * terms counted {@code titleWeight} times (a headline names the event more densely than the text). The document
 * frequencies are taken over the source and the others together: a word most of the recent sources use (the
 * city's name in a local newsroom) counts for little, a word only a few share counts for much.
 */
final class Similarity {

    private Similarity() {
    }

    /** @return the similarity of {@code source} to each of {@code others}, in their order, from 0 to 1 */
    static List<Double> of(SourceText source, List<SourceText> others, int titleWeight) {
        List<Map<String, Integer>> counts = new ArrayList<>(others.size() + 1);
        counts.add(termCounts(source, titleWeight));
        others.forEach(other -> counts.add(termCounts(other, titleWeight)));
        Map<String, Integer> documentFrequency = new HashMap<>();
        counts.forEach(document -> document.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum)));

        Map<String, Double> vector = weigh(counts.getFirst(), documentFrequency, counts.size());
        List<Double> scores = new ArrayList<>(others.size());
        for (int i = 1; i < counts.size(); i++) {
            scores.add(cosine(vector, weigh(counts.get(i), documentFrequency, counts.size())));
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
    private static Map<String, Double> weigh(Map<String, Integer> counts, Map<String, Integer> documentFrequency,
                                             int documents) {
        Map<String, Double> weights = new HashMap<>();
        counts.forEach((term, count) -> weights.put(term, (1 + Math.log(count))
                * (1 + Math.log((1.0 + documents) / (1.0 + documentFrequency.get(term))))));
        return weights;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> entry : a.entrySet()) {
            dot += entry.getValue() * b.getOrDefault(entry.getKey(), 0.0);
        }
        double norms = norm(a) * norm(b);
        return norms == 0 ? 0 : dot / norms;
    }

    private static double norm(Map<String, Double> vector) {
        return Math.sqrt(vector.values().stream().mapToDouble(weight -> weight * weight).sum());
    }
}
