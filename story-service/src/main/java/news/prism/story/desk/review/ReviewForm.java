package news.prism.story.desk.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The review forms: a correction note, a time to publish at ({@code datetime-local}, read as UTC) and whether to
 * mail a correction to approve with; comments to reject with; a reason to retract; a new time for a scheduled story.
 */
@Serdeable
public record ReviewForm(@Nullable String correctionNote, @Nullable String notifySubscribers,
                         @Nullable String publishAt, @Nullable String comments, @Nullable String reason) {
}
