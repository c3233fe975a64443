package news.prism.notify.mail;

public enum MailKind {
    /** Asks a subscriber to confirm the topics waiting for confirmation (double opt-in). */
    CONFIRMATION,
    /** Tells a subscriber about a published story; belongs to one delivery. */
    STORY,
    /** Tells a subscriber who was sent a story that the editor corrected it; belongs to that delivery. */
    CORRECTION,
    /** Tells a subscriber who was sent a story that it was retracted; belongs to that delivery. */
    RETRACTION,
    /** Lists the stories of one topic first published in one period; belongs to one digest. */
    DIGEST
}
