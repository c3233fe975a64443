package news.prism.render.topic;

import java.time.Instant;

/** A retracted story as its topic's feed marks it for a while (RFC 6721): which entry, when and why. */
public record DeletedEntry(String storyId, Instant retractedAt, String reason) {
}
