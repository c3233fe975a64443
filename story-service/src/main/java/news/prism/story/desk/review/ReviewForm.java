package news.prism.story.desk.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The review forms: a correction note to approve with, comments to reject with, or a reason to retract. */
@Serdeable
public record ReviewForm(@Nullable String correctionNote, @Nullable String comments, @Nullable String reason) {
}
