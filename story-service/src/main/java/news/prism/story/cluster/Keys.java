package news.prism.story.cluster;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A source's keys: the terms that weigh most in its TF-IDF vector when it arrives, those it is indexed under and
 * looks its neighbours up by. Weighing by TF-IDF rather than by rarity alone favours what a report names often or in
 * its title (the event's places, names and numbers, which other reports of it name as well) over a word that only
 * this text happens to use once.
 */
final class Keys {

    private Keys() {
    }

    /** The {@code count} heaviest terms, ties by term, so that the choice does not depend on the vector's order. */
    static List<String> of(TermVector vector, int count) {
        String[] terms = vector.terms();
        float[] weights = vector.weights();
        return IntStream.range(0, terms.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> weights[i]).reversed()
                        .thenComparing(i -> terms[i]))
                .limit(count)
                .map(i -> terms[i])
                .toList();
    }
}
