package news.prism.story.candidate;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import news.prism.story.story.StoryContent.Topic;

/** The body of {@code POST /api/candidates/{id}/story}: the series the new story goes into. */
@Serdeable
@Introspected
public record StoryStart(@NotNull @Valid Topic topic) {
}
