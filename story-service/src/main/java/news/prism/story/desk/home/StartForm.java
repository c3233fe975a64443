package news.prism.story.desk.home;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The form that starts a story from a candidate: the topic it goes into. */
@Serdeable
public record StartForm(@Nullable String topicSlug, @Nullable String topicName) {
}
