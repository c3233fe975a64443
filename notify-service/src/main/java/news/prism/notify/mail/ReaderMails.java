package news.prism.notify.mail;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import news.prism.notify.preferences.PreferenceLinks;
import news.prism.notify.token.IssuedToken;
import news.prism.notify.token.Tokens;
import news.prism.notify.web.PublicLinks;

/**
 * Composes the mails a subscriber gets about stories (the story, a correction, a retraction, a digest): each carries a
 * fresh unsubscribe link, in the body (template parameter {@code unsubscribe}) and in the headers that let a mail
 * client unsubscribe the reader with one click (RFC 2369, RFC 8058), and a fresh link to the reader's preferences
 * page (template parameter {@code preferences}). The links' tokens are stored once the mail is sent.
 */
@Singleton
public class ReaderMails {

    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private final Tokens tokens;
    private final PublicLinks links;
    private final MailTemplates templates;
    private final PreferenceLinks preferenceLinks;

    public ReaderMails(Tokens tokens, PublicLinks links, MailTemplates templates, PreferenceLinks preferenceLinks) {
        this.tokens = tokens;
        this.links = links;
        this.templates = templates;
        this.preferenceLinks = preferenceLinks;
    }

    /**
     * @param template   the mail's template name ({@link MailTemplates})
     * @param parameters the template's parameters other than {@code unsubscribe} and {@code preferences}
     * @param about      what the mail's type needs to record its outcome ({@link PreparedMail#about()})
     */
    public PreparedMail compose(String template, String to, String subject, Map<String, Object> parameters,
                                @Nullable Object about) {
        IssuedToken token = tokens.issue();
        IssuedToken preferences = preferenceLinks.issue();
        String unsubscribe = links.unsubscribe(token.value());
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("unsubscribe", unsubscribe);
        all.put("preferences", preferenceLinks.url(preferences));
        MailTemplates.Body body = templates.render(template, all);
        Map<String, String> headers = Map.of(LIST_UNSUBSCRIBE, "<" + unsubscribe + ">", LIST_UNSUBSCRIBE_POST, ONE_CLICK);
        return new PreparedMail(new OutgoingMail(to, subject, body.text(), body.html(), headers), token, about,
                preferences);
    }

    /** Stores the token of the mail's preferences link, once the mail was sent. */
    public void sent(PreparedMail mail, UUID subscriberId) {
        preferenceLinks.remember(mail.preferences(), subscriberId);
    }

    /** A subject line from a headline, on one line whatever the headline's whitespace. */
    public static String subject(String prefix, String headline) {
        return prefix + headline.replaceAll("\\s+", " ").strip();
    }
}
