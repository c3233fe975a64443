package news.prism.story.publish;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * An approved version waiting for its time: the story's working copy is published as {@code version} at
 * {@code publishAt}, with what the approval said ({@code correctionNote}, {@code notifySubscribers}).
 */
@Serdeable
public record ScheduledPublication(
        UUID storyId,
        int version,
        Instant publishAt,
        String approvedBy,
        Instant approvedAt,
        @Nullable String correctionNote,
        boolean notifySubscribers) {

    public ScheduledPublication movedTo(Instant newPublishAt) {
        return new ScheduledPublication(storyId, version, newPublishAt, approvedBy, approvedAt, correctionNote,
                notifySubscribers);
    }
}
