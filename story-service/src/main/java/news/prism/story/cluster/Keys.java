package news.prism.story.cluster;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A source's keys: the terms that weigh most in its TF-IDF vector when it arrives, those it is indexed under and
 * looks its neighbours up by. Weighing by TF-IDF rather than by rarity alone favours what a report names often or in
 * its title (the event's places, names and numbers, which other reports of it name as well) over a word that only
 * this text happens to use once.
 */
final class Keys {

    private Keys() {
    }

    /** The {@code count} heaviest terms, ties by term, so that the choice does not depend on the map's order. */
    static List<String> of(Map<String, Integer> termCounts, InverseFrequencies frequencies, int count) {
        Map<String, Double> weights = Similarity.weigh(termCounts, frequencies);
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(count)
                .map(Map.Entry::getKey)
                .toList();
    }
}
