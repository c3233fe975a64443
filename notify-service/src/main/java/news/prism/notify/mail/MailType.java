package news.prism.notify.mail;

import java.util.Optional;

/**
 * Composes one kind of queued mail when it is due, and records what became of it. Every method runs in the
 * dispatcher's transaction, which holds the mail's row lock.
 */
public interface MailType {

    MailKind kind();

    /** @return empty when the mail is no longer wanted (the reader unsubscribed, the page was withdrawn, ...) */
    Optional<PreparedMail> prepare(DueMail mail);

    void sent(DueMail mail, PreparedMail prepared);

    /** The last attempt failed; the mail will not be tried again. */
    void failed(DueMail mail);

    void cancelled(DueMail mail);
}
