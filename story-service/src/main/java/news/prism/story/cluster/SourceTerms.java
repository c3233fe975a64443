package news.prism.story.cluster;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The term counts of sources' texts ({@link Similarity#termCounts}), kept in memory for the texts met lately: the
 * reports of a running event are the neighbours of each report that follows, and finding the terms of a text again
 * cost placements more than anything else they did in memory. Keyed by the whole text, so that a source whose title
 * or excerpt changed is read anew.
 */
@Singleton
class SourceTerms {

    private final int titleWeight;
    private final Cache<SourceText, Map<String, Integer>> counts;

    SourceTerms(ClusterSettings settings) {
        this.titleWeight = settings.titleWeight();
        this.counts = Caffeine.newBuilder().maximumSize(settings.termCacheSize()).build();
    }

    Map<String, Integer> of(SourceText text) {
        return counts.get(text, source -> Map.copyOf(Similarity.termCounts(source, titleWeight)));
    }
}
