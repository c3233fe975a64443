package news.prism.notify.notice;

import news.prism.notify.mail.MailKind;

/** What a notice tells the readers who were sent a story, and how its mail looks. */
enum NoticeKind {
    /** "Correction: <headline>", with the editor's note; not sent once the story has been retracted. */
    CORRECTION(MailKind.CORRECTION, "correction", "Correction: ", true),
    /** "Retracted: <headline>"; its link leads to the page's retraction notice. */
    RETRACTION(MailKind.RETRACTION, "retraction", "Retracted: ", false);

    final MailKind mailKind;
    /** The mail's templates, {@code mail/<template>.jte} and {@code text/<template>.jte}. */
    final String template;
    final String subjectPrefix;
    final boolean droppedOnceWithdrawn;

    NoticeKind(MailKind mailKind, String template, String subjectPrefix, boolean droppedOnceWithdrawn) {
        this.mailKind = mailKind;
        this.template = template;
        this.subjectPrefix = subjectPrefix;
        this.droppedOnceWithdrawn = droppedOnceWithdrawn;
    }
}
