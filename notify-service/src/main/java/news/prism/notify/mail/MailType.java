package news.prism.notify.mail;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Composes one kind of queued mail when it is due, and records what became of it. Every method runs in a
 * transaction of the dispatcher's: for a type that does not {@link #preparesInBatches()}, one per mail that holds
 * the mail's row lock throughout.
 */
public interface MailType {

    MailKind kind();

    /** @return empty when the mail is no longer wanted (the reader unsubscribed, the page was withdrawn, ...) */
    Optional<PreparedMail> prepare(DueMail mail);

    /**
     * Composes several claimed mails at once, in a transaction of its own that holds no lock on them: the
     * dispatcher then sends them outside any transaction, relying on their claim, and records each outcome with
     * {@link #sent}/{@link #failed}/{@link #cancelled}, each in a transaction of its own. Only for a type that
     * {@link #preparesInBatches()}.
     *
     * @return by mail id, as {@link #prepare} would; a mail missing from it is not wanted any more
     */
    default Map<Long, Optional<PreparedMail>> prepareAll(List<DueMail> mails) {
        throw new UnsupportedOperationException(kind() + " mails are prepared one at a time");
    }

    /**
     * Whether the dispatcher prepares this type's mails with {@link #prepareAll} and sends them outside any
     * transaction; otherwise (the default) it prepares, sends and records each in one transaction that holds the
     * mail's row lock.
     */
    default boolean preparesInBatches() {
        return false;
    }

    void sent(DueMail mail, PreparedMail prepared);

    /**
     * Records several mails that SMTP accepted and that were just marked sent, in one transaction of the
     * dispatcher's; by default one at a time with {@link #sent}. A type with many mails to send at once records them
     * set-wise.
     */
    default void sentAll(List<AcceptedMail> mails) {
        mails.forEach(accepted -> sent(accepted.mail(), accepted.prepared()));
    }

    /** The last attempt failed; the mail will not be tried again. */
    void failed(DueMail mail);

    void cancelled(DueMail mail);
}
