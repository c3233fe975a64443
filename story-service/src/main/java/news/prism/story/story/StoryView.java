package news.prism.story.story;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A story as the API shows it: its workflow state, then every field of the anatomy at the top level. */
@Serdeable
public record StoryView(
        UUID id,
        StoryStatus status,
        String slug,
        String author,
        String lastEditor,
        int revision,
        @Nullable Integer currentVersion,
        @Nullable Instant firstPublishedAt,
        Instant createdAt,
        Instant updatedAt,
        @JsonUnwrapped StoryContent content) {

    public static StoryView of(Story story) {
        return new StoryView(story.id(), story.status(), story.slug(), story.author(), story.lastEditor(),
                story.revision(), story.currentVersion(), story.firstPublishedAt(), story.createdAt(),
                story.updatedAt(), story.content());
    }
}
