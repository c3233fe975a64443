package news.prism.notify.digest;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
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
 * The mail of a digest ({@code digest.jte}), composed when it is sent: the stories of its topic and period that are
 * still published, each with headline, dek, link and "N outlets · M viewpoints", a link to the reader's preferences
 * and a one-click unsubscribe (RFC 8058). Dropped when the reader left the topic meanwhile or every story was
 * withdrawn.
 */
@Singleton
class DigestMails implements MailType {

    private final DigestStore store;
    private final ReaderMails readerMails;
    private final TokenStore tokenStore;

    DigestMails(DigestStore store, ReaderMails readerMails, TokenStore tokenStore) {
        this.store = store;
        this.readerMails = readerMails;
        this.tokenStore = tokenStore;
    }

    @Override
    public MailKind kind() {
        return MailKind.DIGEST;
    }

    @Override
    public Optional<PreparedMail> prepare(DueMail mail) {
        Optional<Digest> found = store.forMail(mail.id()).filter(Digest::wanted);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Digest digest = found.get();
        List<DigestStory> stories = store.stories(digest);
        if (stories.isEmpty()) {
            return Optional.empty();
        }
        String cadence = digest.frequency().name().toLowerCase(Locale.ROOT);
        String topicName = stories.getLast().topicName();
        String subject = "Your " + cadence + " digest: " + topicName + " · "
                + DigestStory.count(stories.size(), "new story", "new stories");
        return Optional.of(readerMails.compose("digest", digest.email(), subject, Map.of("heading", subject,
                "cadence", cadence, "topicName", topicName, "stories", stories), digest));
    }

    @Override
    public void sent(DueMail mail, PreparedMail prepared) {
        tokenStore.save(prepared.token(), mail.subscriberId(), TokenPurpose.UNSUBSCRIBE, null);
        readerMails.sent(prepared, mail.subscriberId());
    }

    @Override
    public void failed(DueMail mail) {
        // The period stays recorded: a digest that could not be delivered is not sent again with the next one.
    }

    @Override
    public void cancelled(DueMail mail) {
        // Nothing waits on it.
    }
}
