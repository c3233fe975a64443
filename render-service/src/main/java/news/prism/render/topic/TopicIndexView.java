package news.prism.render.topic;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import news.prism.render.view.ReaderTime.PublishedTime;
import news.prism.render.view.Subscription;

/** A topic's index page: its live stories, newest first, and the topic's feed and subscribe box. */
public record TopicIndexView(
        String siteName,
        String topicName,
        String indexUrl,
        String feedPath,
        String stylesheetPath,
        List<Entry> entries,
        Subscription subscription) {

    public String countLabel() {
        return entries.size() + (entries.size() == 1 ? " story" : " stories");
    }

    /** {@code byline} is null for pages stored before bylines were kept. */
    public record Entry(String headline, String summary, String path, PublishedTime published,
                        @Nullable String byline, boolean correction) {
    }
}
