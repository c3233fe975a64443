package news.prism.render.page;

import java.time.Instant;

/** Why and when a story was taken down. */
public record Retraction(String reason, Instant retractedAt) {
}
