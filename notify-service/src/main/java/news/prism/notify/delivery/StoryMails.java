package news.prism.notify.delivery;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import news.prism.notify.mail.DueMail;
import news.prism.notify.mail.MailKind;
import news.prism.notify.mail.MailType;
import news.prism.notify.mail.OutgoingMail;
import news.prism.notify.mail.PreparedMail;
import news.prism.notify.page.Page;
import news.prism.notify.page.PageStore;
import news.prism.notify.subscription.Subscriber;
import news.prism.notify.subscription.SubscriberStore;
import news.prism.notify.token.IssuedToken;
import news.prism.notify.token.TokenPurpose;
import news.prism.notify.token.TokenStore;
import news.prism.notify.token.Tokens;
import news.prism.notify.web.Html;
import news.prism.notify.web.PublicLinks;

/**
 * The mail of an e-mail delivery: the story's headline as subject, its dek and link, and a one-click unsubscribe
 * (RFC 8058). It is composed from the newest version of the page when it is sent, and dropped if the reader has
 * unsubscribed or the page was withdrawn in the meantime.
 */
@Singleton
class StoryMails implements MailType {

    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private final DeliveryStore deliveryStore;
    private final Deliveries deliveries;
    private final PageStore pages;
    private final SubscriberStore subscribers;
    private final Tokens tokens;
    private final TokenStore tokenStore;
    private final PublicLinks links;

    StoryMails(DeliveryStore deliveryStore, Deliveries deliveries, PageStore pages, SubscriberStore subscribers,
               Tokens tokens, TokenStore tokenStore, PublicLinks links) {
        this.deliveryStore = deliveryStore;
        this.deliveries = deliveries;
        this.pages = pages;
        this.subscribers = subscribers;
        this.tokens = tokens;
        this.tokenStore = tokenStore;
        this.links = links;
    }

    @Override
    public MailKind kind() {
        return MailKind.STORY;
    }

    @Override
    public Optional<PreparedMail> prepare(DueMail mail) {
        Delivery delivery = delivery(mail);
        Page page = pages.find(delivery.storyId()).orElseThrow();
        if (page.withdrawn() || !subscribers.receives(delivery.subscriberId(), delivery.topicSlug())) {
            return Optional.empty();
        }
        Subscriber subscriber = subscribers.find(delivery.subscriberId()).orElseThrow();
        IssuedToken token = tokens.issue();
        String unsubscribe = links.unsubscribe(token.value());
        String subject = page.headline().replaceAll("\\s+", " ").strip();
        String text = """
                %s

                %s

                Read the story: %s

                --
                You get this because you subscribed to %s stories on Prism.
                Unsubscribe: %s
                """.formatted(page.headline(), page.summary(), page.url(), page.topicName(), unsubscribe);
        String html = """
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="%s">Read the story</a></p>
                <hr>
                <p>You get this because you subscribed to %s stories on Prism. <a href="%s">Unsubscribe</a></p>
                """.formatted(Html.escape(page.headline()), Html.escape(page.summary()), Html.escape(page.url()),
                Html.escape(page.topicName()), Html.escape(unsubscribe));
        Map<String, String> headers = Map.of(
                LIST_UNSUBSCRIBE, "<" + unsubscribe + ">",
                LIST_UNSUBSCRIBE_POST, ONE_CLICK);
        return Optional.of(new PreparedMail(
                new OutgoingMail(subscriber.email(), subject, text, html, headers), token));
    }

    @Override
    public void sent(DueMail mail, PreparedMail prepared) {
        tokenStore.save(prepared.token(), mail.subscriberId(), TokenPurpose.UNSUBSCRIBE, null);
        deliveries.sent(delivery(mail));
    }

    @Override
    public void failed(DueMail mail) {
        deliveries.failed(delivery(mail));
    }

    @Override
    public void cancelled(DueMail mail) {
        deliveries.cancelled(delivery(mail));
    }

    private Delivery delivery(DueMail mail) {
        return deliveryStore.find(mail.deliveryId()).orElseThrow();
    }
}
