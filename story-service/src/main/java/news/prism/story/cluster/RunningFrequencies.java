package news.prism.story.cluster;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Document frequencies as read from the term counts, plus the sources of a batch placed so far: each source of a
 * batch is weighed as if those before it had been committed already, as it would be were each placed on its own.
 */
final class RunningFrequencies {

    private final Map<String, Long> documents;
    private long total;

    RunningFrequencies(DocumentFrequencies read) {
        this.documents = new HashMap<>(read.documents());
        this.total = read.total();
    }

    /**
     * The frequencies now, with the arriving source, that uses {@code own}, counted too: a view, not a copy, since a
     * batch asks for one per source.
     */
    InverseFrequencies withSource(Set<String> own) {
        long withOwn = total + 1;
        return term -> InverseFrequencies.of(documents.getOrDefault(term, 0L) + (own.contains(term) ? 1 : 0),
                withOwn);
    }

    /** Counts a source placed. */
    void add(Collection<String> terms) {
        terms.forEach(term -> documents.merge(term, 1L, Long::sum));
        total++;
    }
}
