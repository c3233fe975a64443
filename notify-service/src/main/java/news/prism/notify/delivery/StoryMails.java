package news.prism.notify.delivery;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.prism.notify.mail.DueMail;
import news.prism.notify.mail.ListUnsubscribe;
import news.prism.notify.mail.MailKind;
import news.prism.notify.mail.MailType;
import news.prism.notify.mail.OutgoingMail;
import news.prism.notify.mail.PreparedMail;
import news.prism.notify.delivery.DeliveryStore.DueRow;
import news.prism.notify.page.Page;
import news.prism.notify.page.PageStore;
import news.prism.notify.preferences.PreferenceLinks;
import news.prism.notify.subscription.Subscriber;
import news.prism.notify.subscription.SubscriberStore;
import news.prism.notify.token.IssuedToken;
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

    private final DeliveryStore deliveryStore;
    private final Deliveries deliveries;
    private final PageStore pages;
    private final SubscriberStore subscribers;
    private final Tokens tokens;
    private final PublicLinks links;
    private final PreferenceLinks preferenceLinks;

    StoryMails(DeliveryStore deliveryStore, Deliveries deliveries, PageStore pages, SubscriberStore subscribers,
               Tokens tokens, PublicLinks links, PreferenceLinks preferenceLinks) {
        this.deliveryStore = deliveryStore;
        this.deliveries = deliveries;
        this.pages = pages;
        this.subscribers = subscribers;
        this.tokens = tokens;
        this.links = links;
        this.preferenceLinks = preferenceLinks;
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
        return Optional.of(compose(new StoryText(page), subscriber.email(), delivery));
    }

    @Override
    public boolean preparesInBatches() {
        return true;
    }

    /**
     * One query for the whole chunk: each mail's delivery, page and address, and whether it is still wanted (the
     * page not withdrawn, the reader still active on the topic). The story's part is composed once per page.
     */
    @Override
    public Map<Long, Optional<PreparedMail>> prepareAll(List<DueMail> mails) {
        Map<Long, Optional<PreparedMail>> prepared = new HashMap<>();
        Map<String, StoryText> stories = new HashMap<>();
        for (DueRow row : deliveryStore.due(mails.stream().map(DueMail::id).toList())) {
            if (!row.wanted()) {
                prepared.put(row.mailId(), Optional.empty());
                continue;
            }
            StoryText story = stories.computeIfAbsent(row.page().storyId() + "@" + row.page().version(),
                    key -> new StoryText(row.page()));
            prepared.put(row.mailId(), Optional.of(compose(story, row.email(), row.delivery())));
        }
        return prepared;
    }

    private PreparedMail compose(StoryText story, String email, Delivery delivery) {
        IssuedToken token = tokens.issue();
        IssuedToken preferencesToken = preferenceLinks.issue();
        String unsubscribe = links.unsubscribe(token.value());
        String preferences = preferenceLinks.url(preferencesToken);
        String text = story.textBeforeLink + unsubscribe + "\nChange topics or get a digest instead: " + preferences
                + "\n";
        String html = story.htmlBeforeLink + Html.escape(unsubscribe) + "\">Unsubscribe</a> · <a href=\""
                + Html.escape(preferences) + "\">Change topics or get a digest instead</a></p>\n";
        return new PreparedMail(new OutgoingMail(email, story.subject, text, html, ListUnsubscribe.headers(unsubscribe)),
                token, delivery, preferencesToken);
    }

    /** What every subscriber's mail of one page says, up to the personal unsubscribe link. */
    private static final class StoryText {

        final String subject;
        final String textBeforeLink;
        final String htmlBeforeLink;

        StoryText(Page page) {
            subject = page.headline().replaceAll("\\s+", " ").strip();
            textBeforeLink = """
                    %s

                    %s

                    Read the story: %s

                    --
                    You get this because you subscribed to %s stories on Prism.
                    Unsubscribe:\s""".formatted(page.headline(), page.summary(), page.url(), page.topicName());
            htmlBeforeLink = """
                    <h1>%s</h1>
                    <p>%s</p>
                    <p><a href="%s">Read the story</a></p>
                    <hr>
                    <p>You get this because you subscribed to %s stories on Prism. <a href=\"""".formatted(
                    Html.escape(page.headline()), Html.escape(page.summary()), Html.escape(page.url()),
                    Html.escape(page.topicName()));
        }
    }

    @Override
    public void sent(DueMail mail, PreparedMail prepared) {
        Delivery delivery = prepared.about() instanceof Delivery known ? known : delivery(mail);
        deliveries.sent(delivery, prepared.token().hash());
        preferenceLinks.remember(prepared.preferences(), delivery.subscriberId());
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
