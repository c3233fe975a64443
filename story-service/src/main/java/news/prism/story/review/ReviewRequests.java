package news.prism.story.review;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import news.prism.errors.Invalid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the review steps. */
public final class ReviewRequests {

    /** The longest correction note, reject comment or retraction reason. */
    public static final int NOTE_MAX_LENGTH = 5_000;
    private static final int INSTANT_MAX_LENGTH = 64;

    private ReviewRequests() {
    }

    /**
     * {@code correctionNote} is required when a version is already published, and refused before;
     * {@code notifySubscribers} (a correction only, off by default) mails the correction to the readers already sent
     * the story; {@code publishAt}, a time to come, schedules the publication instead of publishing now.
     */
    @Serdeable
    @Introspected
    public record Approval(
            @Nullable @Size(max = NOTE_MAX_LENGTH) String correctionNote,
            @Nullable Boolean notifySubscribers,
            @Nullable @Size(max = INSTANT_MAX_LENGTH) String publishAt) {

        public ApprovalTerms terms() {
            return new ApprovalTerms(correctionNote, Boolean.TRUE.equals(notifySubscribers),
                    publishAt == null ? null : instant(publishAt));
        }
    }

    /** The new time of a scheduled publication. */
    @Serdeable
    @Introspected
    public record Reschedule(@NotNull @Size(max = INSTANT_MAX_LENGTH) String publishAt) {

        public Instant instant() {
            return ReviewRequests.instant(publishAt);
        }
    }

    /** A time in a body is ISO-8601 text, read here so that a bad one is named as the field it is in. */
    private static Instant instant(String publishAt) {
        try {
            return Instant.parse(publishAt.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(ScheduleChanges.PUBLISH_AT, "must be an ISO-8601 instant like 2026-06-10T08:00:00Z");
        }
    }

    /** What the reviewer wants changed; the author reads it in the review history. */
    @Serdeable
    @Introspected
    public record Rejection(@NotBlank @Size(max = NOTE_MAX_LENGTH) String comments) {
    }

    /** Why the story is taken down; it goes out with StoryRetracted. */
    @Serdeable
    @Introspected
    public record Retraction(@NotBlank @Size(max = NOTE_MAX_LENGTH) String reason) {
    }
}
