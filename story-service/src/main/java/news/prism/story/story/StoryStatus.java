package news.prism.story.story;

/**
 * Where the working copy of a story is in its life. The published page is tracked beside it
 * ({@link Story#currentVersion()}), so a correction can be drafted and reviewed while the last approved version
 * stays live:
 *
 * <pre>
 * DRAFT --submit--> IN_REVIEW --approve--> APPROVED          (version n+1 published; a correction needs a note)
 *   ^                  |  ^                   ^
 *   |                  |  |  approve with publishAt: SCHEDULED --publishAt reached--> APPROVED
 *   |                  |  +-------- cancel the schedule -----+
 *   |                  |                      |
 *   +-----reject-------+                      |  PUT: a correction draft, version n stays live
 *   +-----------------------------------------+
 * any state with a published version --retract--> RETRACTED (final: nothing can be changed any more)
 * </pre>
 */
public enum StoryStatus {
    /** Being written: the first draft, a rejected one, or a correction of a published story. */
    DRAFT,
    /** Submitted; waits for another editor to approve or reject it. */
    IN_REVIEW,
    /** Approved, to be published at a set time ({@code publish.ScheduledPublications}); it cannot be edited. */
    SCHEDULED,
    /** The working copy is the published version {@link Story#currentVersion()}. */
    APPROVED,
    /** Taken down; its versions can still be read back. */
    RETRACTED
}
