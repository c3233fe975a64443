package news.prism.story.publish;

import java.time.Instant;
import java.util.UUID;
import news.prism.story.story.StoryContent;

/**
 * An approved version of a story, as published: its content with every share filled in, and what the page shows
 * beside it. {@code author} and {@code firstPublishedAt} belong to the story and are the same in every version.
 * {@code notifySubscribers}: the approving editor chose to mail a correction to the readers already sent the story.
 */
public record StoryVersion(
        UUID storyId,
        int version,
        String slug,
        StoryContent content,
        int readingTimeMinutes,
        String author,
        String approvedBy,
        Instant approvedAt,
        Instant firstPublishedAt,
        String correctionNote,
        boolean notifySubscribers) {
}
