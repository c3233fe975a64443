package news.prism.notify.unsubscribe;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;
import news.prism.errors.NotFound;
import news.prism.notify.subscription.SubscriberStore;
import news.prism.notify.token.TokenPurpose;
import news.prism.notify.token.TokenStore;
import news.prism.notify.token.Tokens;

/**
 * One-click unsubscribe (RFC 8058) by the token of a story mail: stops all mail to the subscriber. Mails already
 * queued are dropped by the dispatcher, which checks the subscriber before it sends. Using a token again is harmless.
 */
@Singleton
public class Unsubscriptions {

    private final Tokens tokens;
    private final TokenStore tokenStore;
    private final SubscriberStore subscribers;

    public Unsubscriptions(Tokens tokens, TokenStore tokenStore, SubscriberStore subscribers) {
        this.tokens = tokens;
        this.tokenStore = tokenStore;
        this.subscribers = subscribers;
    }

    /** @throws NotFound when the token is unknown */
    @ReadOnly
    public void checkToken(String token) {
        subscriberFor(token);
    }

    /** @throws NotFound when the token is unknown */
    @Transactional
    public void unsubscribe(String token) {
        stopAllMail(subscriberFor(token));
    }

    /** The subscriber is UNSUBSCRIBED and its topics are dropped, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void stopAllMail(UUID subscriberId) {
        subscribers.unsubscribe(subscriberId);
        // An old confirmation link must not quietly bring the subscriber back.
        tokenStore.revokeAll(subscriberId, TokenPurpose.CONFIRM);
    }

    private UUID subscriberFor(String token) {
        if (!tokens.looksValid(token)) {
            throw unknownLink();
        }
        return tokenStore.subscriberFor(tokens.hash(token), TokenPurpose.UNSUBSCRIBE)
                .orElseThrow(Unsubscriptions::unknownLink);
    }

    private static NotFound unknownLink() {
        return new NotFound("This unsubscribe link is unknown");
    }
}
