package news.prism.render.publish;

import news.prism.events.PagePublished;
import news.prism.events.StoryPublished;
import news.prism.render.Corrections;

/** What downstream consumers (notify-service, feeds) learn about a newly rendered page. */
final class PagePublishedEvents {

    private PagePublishedEvents() {
    }

    static PagePublished of(StoryPublished story, String url) {
        return PagePublished.newBuilder()
                .setStoryId(story.getStoryId())
                .setVersion(story.getVersion())
                .setTopicSlug(story.getTopic().getSlug())
                .setTopicName(story.getTopic().getName())
                .setSlug(story.getSlug())
                .setUrl(url)
                .setHeadline(story.getHeadline())
                .setSummary(story.getDek())
                .setCorrection(Corrections.isCorrection(story))
                .setPublishedAt(story.getPublishedAt())
                .build();
    }
}
