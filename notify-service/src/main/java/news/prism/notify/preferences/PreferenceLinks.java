package news.prism.notify.preferences;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import news.prism.notify.token.IssuedToken;
import news.prism.notify.token.TokenPurpose;
import news.prism.notify.token.TokenStore;
import news.prism.notify.token.TokenStore.NewToken;
import news.prism.notify.token.Tokens;
import news.prism.notify.web.PublicLinks;

/**
 * The links to a reader's preferences page that mails and pages carry. Each is a token of its own, stored as its
 * hash once the mail went out (or the page was shown); it works for {@code token-ttl} or until the reader revokes
 * every link from the page.
 */
@Singleton
public class PreferenceLinks {

    private final Tokens tokens;
    private final TokenStore tokenStore;
    private final PublicLinks links;
    private final PreferenceSettings settings;
    private final Clock clock;

    PreferenceLinks(Tokens tokens, TokenStore tokenStore, PublicLinks links, PreferenceSettings settings,
                    Clock clock) {
        this.tokens = tokens;
        this.tokenStore = tokenStore;
        this.links = links;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new token, not stored yet: {@link #remember} it once the link has reached the reader. */
    public IssuedToken issue() {
        return tokens.issue();
    }

    public String url(IssuedToken token) {
        return links.preferences(token.value());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remember(IssuedToken token, UUID subscriberId) {
        tokenStore.saveAll(List.of(toRemember(token, subscriberId)));
    }

    /** The token as {@link #remember} stores it, for storing several at once with {@link TokenStore#saveAll}. */
    public NewToken toRemember(IssuedToken token, UUID subscriberId) {
        return new NewToken(token, subscriberId, TokenPurpose.PREFERENCES, clock.instant().plus(settings.tokenTtl()));
    }

    /** A new link, stored at once: for a page shown to a reader who already proved the address is theirs. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String issueFor(UUID subscriberId) {
        IssuedToken token = issue();
        remember(token, subscriberId);
        return url(token);
    }
}
