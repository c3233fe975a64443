package news.prism.render.topic;

import java.time.Instant;

/**
 * A topic that has had pages: its name (from its most recently published page) and when its list of live pages
 * last changed (a page published, corrected or withdrawn).
 */
public record TopicSummary(String slug, String name, Instant lastChanged) {
}
