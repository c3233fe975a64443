package news.prism.notify.mail;

public enum MailKind {
    /** Asks a subscriber to confirm the topics waiting for confirmation (double opt-in). */
    CONFIRMATION,
    /** Tells a subscriber about a published story; belongs to one delivery. */
    STORY
}
