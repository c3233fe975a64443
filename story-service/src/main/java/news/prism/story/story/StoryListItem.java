package news.prism.story.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A story in the desk's list: what tells it apart and where it stands, without its content (read the story for
 * that). {@code publishAt} is set while a publication is scheduled (status SCHEDULED).
 */
@Serdeable
public record StoryListItem(
        UUID id,
        StoryStatus status,
        String topic,
        String slug,
        String headline,
        String author,
        String lastEditor,
        int revision,
        @Nullable Integer currentVersion,
        @Nullable Instant publishAt,
        Instant createdAt,
        Instant updatedAt) {
}
