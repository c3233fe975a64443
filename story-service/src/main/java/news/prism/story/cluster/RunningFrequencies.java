package news.prism.story.cluster;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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

    /** The frequencies of {@code terms} now, and with the arriving source, that uses {@code own}, counted too. */
    DocumentFrequencies withSource(Collection<String> terms, Collection<String> own) {
        Map<String, Long> documents = new HashMap<>();
        for (String term : terms) {
            long count = read.documents().getOrDefault(term, 0L) + added.getOrDefault(term, 0L);
            if (count > 0) {
                documents.put(term, count);
            }
        }
        return new DocumentFrequencies(documents, read.total() + addedSources).withSource(own);
    }

    /** Counts a source placed. */
    void add(Collection<String> terms) {
        terms.forEach(term -> added.merge(term, 1L, Long::sum));
        addedSources++;
    }
}
