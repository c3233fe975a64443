package news.prism.story.publish;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** What changed from version {@code from} of a story to version {@code to}, field by field, in anatomy order. */
@Serdeable
public record VersionChanges(UUID storyId, int from, int to, List<FieldChange> changes) {
}
