package news.prism.notify.subscription;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import news.prism.notify.mail.MailQueue;
import news.prism.notify.subscription.SubscriberStore.TopicStatus;

/**
 * Subscribing with double opt-in: the topics are recorded as pending and a confirmation mail is queued in the
 * same transaction. Subscribing again with the same address adds topics to the same subscriber.
 */
@Singleton
public class Subscriptions {

    private final SubscriberStore subscribers;
    private final MailQueue mails;

    public Subscriptions(SubscriberStore subscribers, MailQueue mails) {
        this.subscribers = subscribers;
        this.mails = mails;
    }

    @Transactional
    public SubscriptionAccepted subscribe(ValidSubscription request) {
        Subscriber subscriber = subscribers.findOrCreateLocked(request.email());
        if (subscriber.status() == SubscriberStatus.UNSUBSCRIBED) {
            subscribers.resubscribe(subscriber.id());
        }
        subscribers.addTopics(subscriber.id(), request.topics());
        if (subscribers.topics(subscriber.id(), TopicStatus.PENDING).isEmpty()) {
            return new SubscriptionAccepted(subscriber.id(), SubscriberStatus.ACTIVE);
        }
        mails.confirmation(subscriber.id());
        return new SubscriptionAccepted(subscriber.id(), SubscriberStatus.PENDING);
    }
}
