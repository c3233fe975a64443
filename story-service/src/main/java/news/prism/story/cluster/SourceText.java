package news.prism.story.cluster;

import java.time.Instant;

/**
 * What clustering knows of a source: the words it is compared by, and its time (when its outlet published it, or
 * else when it was ingested).
 */
public record SourceText(String sourceId, String title, String excerpt, Instant time) {
}
