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

    private final DocumentFrequencies read;
    private final Map<String, Long> added = new HashMap<>();
    private long addedSources;

    RunningFrequencies(DocumentFrequencies read) {
        this.read = read;
    }

    /**
     * The frequencies now, with the arriving source, that uses {@code own}, counted too: a view, not a copy, since a
     * batch asks for one per source.
     */
    InverseFrequencies withSource(Set<String> own) {
        long total = read.total() + addedSources + 1;
        return term -> InverseFrequencies.of(read.documents().getOrDefault(term, 0L) + added.getOrDefault(term, 0L)
                + (own.contains(term) ? 1 : 0), total);
    }

    /** Counts a source placed. */
    void add(Collection<String> terms) {
        terms.forEach(term -> added.merge(term, 1L, Long::sum));
        addedSources++;
    }
}
