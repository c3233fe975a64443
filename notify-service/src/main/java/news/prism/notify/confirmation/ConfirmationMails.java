package news.prism.notify.confirmation;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.prism.notify.NotifySettings;
import news.prism.notify.mail.DueMail;
import news.prism.notify.mail.MailKind;
import news.prism.notify.mail.MailTemplates;
import news.prism.notify.mail.MailType;
import news.prism.notify.mail.OutgoingMail;
import news.prism.notify.mail.PreparedMail;
import news.prism.notify.subscription.Subscriber;
import news.prism.notify.subscription.SubscriberStatus;
import news.prism.notify.subscription.SubscriberStore;
import news.prism.notify.subscription.SubscriberStore.TopicStatus;
import news.prism.notify.subscription.SubscriptionSettings;
import news.prism.notify.token.IssuedToken;
import news.prism.notify.token.TokenPurpose;
import news.prism.notify.token.TokenStore;
import news.prism.notify.token.Tokens;
import news.prism.notify.web.PublicLinks;

/** The double opt-in mail: a link that confirms every topic still waiting for confirmation when it is sent. */
@Singleton
class ConfirmationMails implements MailType {

    private final SubscriberStore subscribers;
    private final Tokens tokens;
    private final TokenStore tokenStore;
    private final PublicLinks links;
    private final SubscriptionSettings settings;
    private final MailTemplates templates;
    private final String subject;
    private final Clock clock;

    ConfirmationMails(SubscriberStore subscribers, Tokens tokens, TokenStore tokenStore, PublicLinks links,
                      SubscriptionSettings settings, MailTemplates templates, NotifySettings notify, Clock clock) {
        this.subscribers = subscribers;
        this.tokens = tokens;
        this.tokenStore = tokenStore;
        this.links = links;
        this.settings = settings;
        this.templates = templates;
        this.subject = "Confirm your " + notify.siteName() + " subscription";
        this.clock = clock;
    }

    @Override
    public MailKind kind() {
        return MailKind.CONFIRMATION;
    }

    @Override
    public Optional<PreparedMail> prepare(DueMail mail) {
        Subscriber subscriber = subscribers.find(mail.subscriberId()).orElseThrow();
        List<String> topics = subscribers.topics(subscriber.id(), TopicStatus.PENDING);
        if (subscriber.status() == SubscriberStatus.UNSUBSCRIBED || topics.isEmpty()) {
            return Optional.empty();
        }
        IssuedToken token = tokens.issue();
        MailTemplates.Body body = templates.render("confirmation", Map.of("topics", topics,
                "link", links.confirm(token.value()), "validFor", ValidityText.of(settings.confirmTokenTtl())));
        return Optional.of(new PreparedMail(
                new OutgoingMail(subscriber.email(), subject, body.text(), body.html(), Map.of()), token));
    }

    @Override
    public void sent(DueMail mail, PreparedMail prepared) {
        tokenStore.save(prepared.token(), mail.subscriberId(), TokenPurpose.CONFIRM,
                clock.instant().plus(settings.confirmTokenTtl()));
    }

    @Override
    public void failed(DueMail mail) {
        // The topics stay pending; subscribing again queues a new confirmation mail.
    }

    @Override
    public void cancelled(DueMail mail) {
        // Nothing was waiting on it.
    }
}
