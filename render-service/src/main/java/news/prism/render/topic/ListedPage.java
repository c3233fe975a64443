package news.prism.render.topic;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import news.prism.render.page.PageAddress;

/**
 * A story's newest page as topic indexes, feeds and the sitemap list it. {@code byline} is null for pages stored
 * before bylines were kept.
 */
public record ListedPage(
        String storyId,
        PageAddress address,
        String topicName,
        String headline,
        String summary,
        @Nullable String byline,
        boolean correction,
        Instant publishedAt,
        Instant firstPublishedAt) {
}
