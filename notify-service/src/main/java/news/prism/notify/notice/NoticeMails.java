package news.prism.notify.notice;

import java.util.Map;
import java.util.Optional;
import news.prism.notify.mail.DueMail;
import news.prism.notify.mail.MailKind;
import news.prism.notify.mail.MailType;
import news.prism.notify.mail.PreparedMail;
import news.prism.notify.mail.ReaderMails;
import news.prism.notify.token.TokenPurpose;
import news.prism.notify.token.TokenStore;

/**
 * The mails of one kind of notice about a story the reader was sent: composed from the notice and the newest page
 * when due, dropped if the reader has unsubscribed since (or, for a correction, the story was retracted). The story's
 * delivery stays as it was: it was settled when the story mail went out.
 */
class NoticeMails implements MailType {

    private final NoticeKind kind;
    private final NoticeStore store;
    private final ReaderMails readerMails;
    private final TokenStore tokens;

    NoticeMails(NoticeKind kind, NoticeStore store, ReaderMails readerMails, TokenStore tokens) {
        this.kind = kind;
        this.store = store;
        this.readerMails = readerMails;
        this.tokens = tokens;
    }

    @Override
    public MailKind kind() {
        return kind.mailKind;
    }

    @Override
    public Optional<PreparedMail> prepare(DueMail mail) {
        return store.due(mail.id())
                .filter(notice -> notice.reachable() && !(kind.droppedOnceWithdrawn && notice.page().withdrawn()))
                .map(notice -> readerMails.compose(kind.template, notice.email(),
                        ReaderMails.subject(kind.subjectPrefix, notice.page().headline()),
                        Map.of("page", notice.page(), "note", notice.note() == null ? "" : notice.note()), null));
    }

    @Override
    public void sent(DueMail mail, PreparedMail prepared) {
        tokens.save(prepared.token(), mail.subscriberId(), TokenPurpose.UNSUBSCRIBE, null);
        readerMails.sent(prepared, mail.subscriberId());
    }

    @Override
    public void failed(DueMail mail) {
        // Nothing else waits on a notice.
    }

    @Override
    public void cancelled(DueMail mail) {
        // Nothing else waits on a notice.
    }
}
