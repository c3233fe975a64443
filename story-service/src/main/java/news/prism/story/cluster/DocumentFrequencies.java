package news.prism.story.cluster;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How many sources use each term, out of how many sources: the inverse document frequency of TF-IDF. A word most
 * sources use (the city's name in a local newsroom) counts for little, a word only a few share counts for much.
 *
 * @param documents per term, the number of sources that use it (terms not in the map: none)
 * @param total the number of sources
 */
record DocumentFrequencies(Map<String, Long> documents, long total) implements InverseFrequencies {

    DocumentFrequencies {
        documents = Map.copyOf(documents);
    }

    /** The frequencies among the given sources' terms alone. */
    static DocumentFrequencies among(Collection<? extends Collection<String>> sourcesTerms) {
        Map<String, Long> documents = new HashMap<>();
        sourcesTerms.forEach(terms -> terms.forEach(term -> documents.merge(term, 1L, Long::sum)));
        return new DocumentFrequencies(documents, sourcesTerms.size());
    }

    @Override
    public double inverse(String term) {
        return InverseFrequencies.of(documents.getOrDefault(term, 0L), total);
    }
}
