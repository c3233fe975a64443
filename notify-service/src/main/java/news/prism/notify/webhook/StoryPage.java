package news.prism.notify.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import news.prism.events.PagePublished;

/**
 * The {@code data} of {@code story.published} and {@code story.corrected}: the page as render-service published it.
 * Times are ISO-8601 instants; {@code firstPublishedAt} and {@code correctionNote} are null when not known or, for
 * the note, on a first version.
 */
@Serdeable
record StoryPage(
        String storyId,
        int version,
        String topicSlug,
        String topicName,
        String url,
        String headline,
        String summary,
        boolean correction,
        @Nullable String correctionNote,
        String publishedAt,
        @Nullable String firstPublishedAt) {

    static StoryPage of(PagePublished page) {
        return new StoryPage(page.getStoryId(), page.getVersion(), page.getTopicSlug(), page.getTopicName(),
                page.getUrl(), page.getHeadline(), page.getSummary(), page.getCorrection(),
                page.getCorrectionNote(), page.getPublishedAt().toString(),
                page.getFirstPublishedAt() == null ? null : page.getFirstPublishedAt().toString());
    }
}
