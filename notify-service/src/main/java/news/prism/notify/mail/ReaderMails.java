package news.prism.notify.mail;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.notify.preferences.PreferenceLinks;
import news.prism.notify.token.IssuedToken;
import news.prism.notify.token.TokenPurpose;
import news.prism.notify.token.TokenStore;
import news.prism.notify.token.TokenStore.NewToken;
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
    private final TokenStore tokenStore;

    public ReaderMails(Tokens tokens, PublicLinks links, MailTemplates templates, PreferenceLinks preferenceLinks,
                       TokenStore tokenStore) {
        this.tokens = tokens;
        this.links = links;
        this.templates = templates;
        this.preferenceLinks = preferenceLinks;
        this.tokenStore = tokenStore;
    }

    /**
     * @param template   the mail's template name ({@link MailTemplates})
     * @param parameters the template's parameters other than {@code unsubscribe} and {@code preferences}
     * @param about      what the mail's type needs to record its outcome ({@link PreparedMail#about()})
     */
    public PreparedMail compose(String template, String to, String subject, Map<String, Object> parameters,
                                @Nullable Object about) {
        return render(template, parameters).to(to, subject, about);
    }

    /**
     * Renders the template once for every reader of the same content (a story's thousands of readers): each mail
     * then only {@link Rendered#to swaps in} its reader's links.
     *
     * @param parameters the template's parameters other than {@code unsubscribe} and {@code preferences}
     */
    public Rendered render(String template, Map<String, Object> parameters) {
        String unsubscribeStandIn = tokens.issue().value();
        String preferencesStandIn = tokens.issue().value();
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("unsubscribe", links.unsubscribe(unsubscribeStandIn));
        all.put("preferences", links.preferences(preferencesStandIn));
        return new Rendered(templates.render(template, all), unsubscribeStandIn, preferencesStandIn);
    }

    /**
     * A mail's body rendered with stand-in tokens in its two links. The stand-ins are random tokens like the real
     * ones: of the URL- and HTML-safe base64url alphabet, so escaping leaves them as they are and replacing them
     * gives what rendering with the real tokens would, and too random to occur anywhere else in the mail.
     */
    public final class Rendered {

        private final MailTemplates.Body body;
        private final String unsubscribeStandIn;
        private final String preferencesStandIn;

        private Rendered(MailTemplates.Body body, String unsubscribeStandIn, String preferencesStandIn) {
            this.body = body;
            this.unsubscribeStandIn = unsubscribeStandIn;
            this.preferencesStandIn = preferencesStandIn;
        }

        /** The mail for one reader, with fresh tokens in its links. */
        public PreparedMail to(String to, String subject, @Nullable Object about) {
            IssuedToken token = tokens.issue();
            IssuedToken preferences = preferenceLinks.issue();
            String unsubscribe = links.unsubscribe(token.value());
            Map<String, String> headers = Map.of(LIST_UNSUBSCRIBE, "<" + unsubscribe + ">",
                    LIST_UNSUBSCRIBE_POST, ONE_CLICK);
            return new PreparedMail(new OutgoingMail(to, subject, personal(body.text(), token, preferences),
                    personal(body.html(), token, preferences), headers), token, about, preferences);
        }

        private String personal(String part, IssuedToken unsubscribe, IssuedToken preferences) {
            return part.replace(unsubscribeStandIn, unsubscribe.value()).replace(preferencesStandIn,
                    preferences.value());
        }
    }

    /** Stores the token of the mail's preferences link, once the mail was sent. */
    public void sent(PreparedMail mail, UUID subscriberId) {
        preferenceLinks.remember(mail.preferences(), subscriberId);
    }

    /**
     * Stores the tokens of both links (unsubscribe and preferences) of several sent mails, in one round trip; the
     * mail's {@link DueMail#subscriberId()} is the reader they act for.
     */
    public void sentAll(List<AcceptedMail> mails) {
        List<NewToken> tokens = new ArrayList<>(2 * mails.size());
        for (AcceptedMail accepted : mails) {
            UUID reader = accepted.mail().subscriberId();
            tokens.add(new NewToken(accepted.prepared().token(), reader, TokenPurpose.UNSUBSCRIBE, null));
            tokens.add(preferenceLinks.toRemember(accepted.prepared().preferences(), reader));
        }
        tokenStore.saveAll(tokens);
    }

    /** A subject line from a headline, on one line whatever the headline's whitespace. */
    public static String subject(String prefix, String headline) {
        return prefix + headline.replaceAll("\\s+", " ").strip();
    }
}
