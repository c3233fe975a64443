package news.prism.notify.digest;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import news.prism.notify.mail.DueMail;
import news.prism.notify.mail.ListUnsubscribe;
import news.prism.notify.mail.MailKind;
import news.prism.notify.mail.MailType;
import news.prism.notify.mail.OutgoingMail;
import news.prism.notify.mail.PreparedMail;
import news.prism.notify.preferences.PreferenceLinks;
import news.prism.notify.token.IssuedToken;
import news.prism.notify.token.TokenPurpose;
import news.prism.notify.token.TokenStore;
import news.prism.notify.token.Tokens;
import news.prism.notify.web.PublicLinks;

/**
 * The mail of a digest, composed when it is sent: the stories of its topic and period that are still published,
 * each with headline, dek and how broad its coverage is, a link to the reader's preferences and a one-click
 * unsubscribe (RFC 8058). Dropped when the reader left the topic meanwhile or every story was withdrawn.
 */
@Singleton
class DigestMails implements MailType {

    private final DigestStore store;
    private final DigestText text;
    private final Tokens tokens;
    private final TokenStore tokenStore;
    private final PublicLinks links;
    private final PreferenceLinks preferenceLinks;

    DigestMails(DigestStore store, DigestText text, Tokens tokens, TokenStore tokenStore, PublicLinks links,
                PreferenceLinks preferenceLinks) {
        this.store = store;
        this.text = text;
        this.tokens = tokens;
        this.tokenStore = tokenStore;
        this.links = links;
        this.preferenceLinks = preferenceLinks;
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
        IssuedToken unsubscribeToken = tokens.issue();
        IssuedToken preferencesToken = preferenceLinks.issue();
        String unsubscribe = links.unsubscribe(unsubscribeToken.value());
        DigestText.Links mailLinks = new DigestText.Links(preferenceLinks.url(preferencesToken), unsubscribe);
        OutgoingMail message = new OutgoingMail(digest.email(), text.subject(digest, stories),
                text.plain(digest, stories, mailLinks), text.html(digest, stories, mailLinks),
                ListUnsubscribe.headers(unsubscribe));
        return Optional.of(new PreparedMail(message, unsubscribeToken, digest, preferencesToken));
    }

    @Override
    public void sent(DueMail mail, PreparedMail prepared) {
        tokenStore.save(prepared.token(), mail.subscriberId(), TokenPurpose.UNSUBSCRIBE, null);
        preferenceLinks.remember(prepared.preferences(), mail.subscriberId());
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
