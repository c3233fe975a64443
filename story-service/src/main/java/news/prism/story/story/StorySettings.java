package news.prism.story.story;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code prism.story.*}: the reading speed behind "N min read", and how long a slug may get before it is cut at a
 * word boundary.
 */
@ConfigurationProperties("prism.story")
public record StorySettings(
        int readingWordsPerMinute,
        int slugMaxLength) {
}
