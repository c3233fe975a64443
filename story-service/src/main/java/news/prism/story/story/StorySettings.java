package news.prism.story.story;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code prism.story.*}: the reading speed behind "N min read", and how long a slug may get before it is cut at a
 * word boundary.
 */
@ConfigurationProperties("prism.story")
public record StorySettings(
        @Bindable(defaultValue = "230") int readingWordsPerMinute,
        @Bindable(defaultValue = "80") int slugMaxLength) {
}
