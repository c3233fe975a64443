package news.prism.render.page;

import io.micronaut.core.annotation.Nullable;

/**
 * What a browser sees at an address with no page: the address, and the topic's index when the topic has one.
 */
public record MissingPage(
        String siteName,
        String path,
        @Nullable String topicName,
        @Nullable String topicPath,
        String stylesheetPath) {
}
