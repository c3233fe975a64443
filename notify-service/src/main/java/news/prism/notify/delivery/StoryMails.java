package news.prism.notify.delivery;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.prism.notify.delivery.DeliveryStore.DueRow;
import news.prism.notify.mail.AcceptedMail;
import news.prism.notify.mail.DueMail;
import news.prism.notify.mail.MailKind;
import news.prism.notify.mail.MailType;
import news.prism.notify.mail.PreparedMail;
import news.prism.notify.mail.ReaderMails;
import news.prism.notify.page.Page;
import news.prism.notify.page.PageStore;
import news.prism.notify.subscription.Subscriber;
import news.prism.notify.subscription.SubscriberStore;

/**
 * The mail of an e-mail delivery ({@code story.jte}): the story's headline as subject, its dek, coverage and
 * perspective bar, its link, and a one-click unsubscribe. It is composed from the newest version of the page when it
 * is sent, and dropped if the reader has unsubscribed or the page was withdrawn in the meantime.
 */
@Singleton
class StoryMails implements MailType {

    private final DeliveryStore deliveryStore;
    private final Deliveries deliveries;
    private final PageStore pages;
    private final SubscriberStore subscribers;
    private final ReaderMails readerMails;

    StoryMails(DeliveryStore deliveryStore, Deliveries deliveries, PageStore pages, SubscriberStore subscribers,
               ReaderMails readerMails) {
        this.deliveryStore = deliveryStore;
        this.deliveries = deliveries;
        this.pages = pages;
        this.subscribers = subscribers;
        this.readerMails = readerMails;
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
        return Optional.of(compose(page, subscriber.email(), delivery));
    }

    @Override
    public boolean preparesInBatches() {
        return true;
    }

    /**
     * One query for the whole chunk: each mail's delivery, page and address, and whether it is still wanted (the
     * page not withdrawn, the reader still active on the topic). The mail is rendered once per story, and each
     * reader's copy differs only in its links.
     */
    @Override
    public Map<Long, Optional<PreparedMail>> prepareAll(List<DueMail> mails) {
        Map<Long, Optional<PreparedMail>> prepared = new HashMap<>();
        Map<String, ReaderMails.Rendered> rendered = new HashMap<>();
        for (DueRow row : deliveryStore.due(mails.stream().map(DueMail::id).toList())) {
            prepared.put(row.mailId(), row.wanted()
                    ? Optional.of(rendered.computeIfAbsent(row.page().storyId(), story -> render(row.page()))
                            .to(row.email(), subject(row.page()), row.delivery()))
                    : Optional.empty());
        }
        return prepared;
    }

    private PreparedMail compose(Page page, String email, Delivery delivery) {
        return render(page).to(email, subject(page), delivery);
    }

    private ReaderMails.Rendered render(Page page) {
        return readerMails.render("story", Map.of("page", page));
    }

    private static String subject(Page page) {
        return ReaderMails.subject("", page.headline());
    }

    @Override
    public void sent(DueMail mail, PreparedMail prepared) {
        sentAll(List.of(new AcceptedMail(mail, prepared)));
    }

    /** Set-wise: the links' tokens in one round trip, the deliveries settled and audited in two more. */
    @Override
    public void sentAll(List<AcceptedMail> mails) {
        readerMails.sentAll(mails);
        deliveries.sentAll(mails.stream().map(accepted -> accepted.prepared().about() instanceof Delivery known
                ? known : delivery(accepted.mail())).toList());
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
