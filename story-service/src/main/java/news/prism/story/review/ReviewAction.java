package news.prism.story.review;

/** A step in a story's review, as kept in {@code review_actions}. */
public enum ReviewAction {
    SUBMITTED,
    APPROVED,
    /** Sent back to DRAFT; the comment holds what the reviewer wants changed. */
    REJECTED,
    /** Taken down; the comment holds the reason. */
    RETRACTED,
    /** A scheduled publication moved to another time; the comment holds the new time. */
    RESCHEDULED,
    /** A scheduled publication cancelled: the story is back IN_REVIEW, to be approved again. */
    UNSCHEDULED
}
