package news.prism.story.cluster;

import java.util.ArrayList;
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
        DocumentFrequencies frequencies = DocumentFrequencies.among(all);
        Map<Long, Double> vector = TermVector.of(counts, frequencies).placed().byFingerprint();
        return othersCounts.stream().map(other -> TermVector.of(other, frequencies).placed().cosine(vector)).toList();
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
}
