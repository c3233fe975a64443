package news.prism.story.review;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * What an editor approves a story with: the note of a correction (required on one, refused before the first
 * publication), whether a correction is mailed to the readers already sent the story (off by default), and the time
 * to publish it at, or null for now.
 */
public record ApprovalTerms(@Nullable String correctionNote, boolean notifySubscribers, @Nullable Instant publishAt) {

    public static final ApprovalTerms NOW = new ApprovalTerms(null, false, null);
}
