package news.prism.notify.confirmation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;
import news.prism.errors.NotFound;
import news.prism.notify.preferences.PreferenceLinks;
import news.prism.notify.subscription.SubscriberStore;
import news.prism.notify.subscription.SubscriberStore.TopicStatus;
import news.prism.notify.token.TokenPurpose;
import news.prism.notify.token.TokenStore;
import news.prism.notify.token.Tokens;

/**
 * Activates a subscriber and its pending topics through the link of a confirmation mail. The link keeps working
 * until it expires, so following it twice shows the same page.
 */
@Singleton
public class Confirmations {

    private final Tokens tokens;
    private final TokenStore tokenStore;
    private final SubscriberStore subscribers;
    private final PreferenceLinks preferenceLinks;

    public Confirmations(Tokens tokens, TokenStore tokenStore, SubscriberStore subscribers,
                         PreferenceLinks preferenceLinks) {
        this.tokens = tokens;
        this.tokenStore = tokenStore;
        this.subscribers = subscribers;
        this.preferenceLinks = preferenceLinks;
    }

    /**
     * @return the topics the subscriber now gets, and a link to the preferences page
     * @throws NotFound when the token is unknown or expired
     */
    @Transactional
    public Confirmed confirm(String token) {
        if (!tokens.looksValid(token)) {
            throw unknownLink();
        }
        UUID subscriberId = tokenStore.subscriberFor(tokens.hash(token), TokenPurpose.CONFIRM)
                .orElseThrow(Confirmations::unknownLink);
        subscribers.activate(subscriberId);
        return new Confirmed(subscribers.topics(subscriberId, TopicStatus.ACTIVE),
                preferenceLinks.issueFor(subscriberId));
    }

    private static NotFound unknownLink() {
        return new NotFound("This confirmation link is unknown or has expired");
    }
}
