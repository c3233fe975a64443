package news.prism.story.story;

/** Where a story is in its life; only a {@code DRAFT} can be edited. */
public enum StoryStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED
}
