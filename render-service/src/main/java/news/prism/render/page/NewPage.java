package news.prism.render.page;

import java.time.Instant;

/** One rendered version of a story, ready to be stored: its page's HTML and its ninjs item's JSON. */
public record NewPage(
        String storyId,
        int version,
        PageAddress address,
        String topicName,
        String headline,
        String summary,
        String byline,
        boolean correction,
        Instant publishedAt,
        Instant firstPublishedAt,
        String html,
        String ninjs) {
}
