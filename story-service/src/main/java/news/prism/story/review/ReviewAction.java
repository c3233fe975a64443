package news.prism.story.review;

/** A step in a story's review, as kept in {@code review_actions}. */
public enum ReviewAction {
    SUBMITTED,
    APPROVED
}
