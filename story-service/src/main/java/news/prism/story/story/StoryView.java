package news.prism.story.story;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A story as the API shows it: the state of its working copy, what is live ({@code currentVersion}, {@code live}),
 * the fields computed from the working copy, then every field of the anatomy at the top level.
 *
 * <p>{@code perspectiveShares} are the shares the working copy would be published with (the editor's, or computed
 * from the sources); they stay out of {@code perspectives} so that a draft sent back as it was read keeps having
 * its shares computed.
 */
@Serdeable
public record StoryView(
        UUID id,
        StoryStatus status,
        String slug,
        String author,
        String lastEditor,
        int revision,
        @Nullable Integer currentVersion,
        boolean live,
        @Nullable Instant firstPublishedAt,
        Instant createdAt,
        Instant updatedAt,
        int readingTimeMinutes,
        int outletCount,
        int viewpointCount,
        Map<String, Integer> perspectiveShares,
        @JsonUnwrapped StoryContent content) {
}
