package news.prism.notify.webhook;

import io.micronaut.serde.annotation.Serdeable;
import news.prism.events.PageWithdrawn;

/** The {@code data} of {@code story.retracted}: the story whose page was taken down, and when. */
@Serdeable
record RetractedStory(String storyId, String topicSlug, String url, String withdrawnAt) {

    static RetractedStory of(PageWithdrawn page) {
        return new RetractedStory(page.getStoryId(), page.getTopicSlug(), page.getUrl(),
                page.getWithdrawnAt().toString());
    }
}
