package news.prism.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.DeliveryRecorded;
import news.prism.events.DeliveryStatus;
import news.prism.events.PagePublished;
import org.junit.jupiter.api.Test;

/**
 * The whole path of a reader: subscribe, confirm by the mailed link, get each story of the topic exactly once
 * (however often its event arrives), and unsubscribe with one click.
 */
@MicronautTest(transactional = false)
class StoryMailFlowTest extends NotifyTestBase {

    StoryMailFlowTest() {
        super("flow");
    }

    @Test
    void aConfirmedSubscriberGetsEachStoryOfTheTopicExactlyOnce() {
        String ada = "ada.flow@example.org";
        String dan = "dan.flow@example.org";
        String pia = "pia.flow@example.org";
        String cal = "cal.flow@example.org";

        HttpResponse<String> accepted = http().postJson("/api/subscriptions", subscribeJson(ada, "open-models"));
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode body = json(accepted);
        assertThat(body.get("status").asText()).isEqualTo("PENDING");
        UUID adaId = UUID.fromString(body.get("id").asText());
        assertThat(subscriberStatus(ada)).isEqualTo("PENDING");

        MimeMessage confirmation = mailbox.awaitOne(ada, CONFIRMATION_SUBJECT);
        assertThat(Mailbox.text(confirmation)).contains("open-models");
        String confirmLink = Mailbox.link(confirmation, CONFIRM_LINK);
        String token = confirmLink.substring(CONFIRM_LINK.length());
        // Only the hash of the token is kept.
        assertThat(database().count(
                "SELECT count(*) FROM subscriber_tokens WHERE token_hash = sha256(convert_to(?, 'UTF8'))", token))
                .isEqualTo(1);

        HttpResponse<String> confirmed = http().get(TestHttp.pathAndQuery(confirmLink));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(confirmed.body()).contains("Subscription confirmed").contains("open-models");
        assertThat(subscriberStatus(ada)).isEqualTo("ACTIVE");
        // Following the link again changes nothing and shows the same page.
        assertThat(http().get(TestHttp.pathAndQuery(confirmLink)).statusCode()).isEqualTo(200);

        UUID danId = subscribeAndConfirm(dan, "open-models");
        subscribeAndConfirm(cal, "climate-policy");
        assertThat(http().postJson("/api/subscriptions", subscribeJson(pia, "open-models")).statusCode())
                .isEqualTo(202);
        mailbox.awaitOne(pia, CONFIRMATION_SUBJECT);

        String storyId = "story-flow-" + UUID.randomUUID();
        PagePublished first = PageEvents.page(storyId, 1, "open-models", "Open weights, open questions");
        String firstEventId = pageEvents().send(storyId, first);

        MimeMessage story = mailbox.awaitOne(ada, first.getHeadline());
        assertThat(Mailbox.text(story)).contains(first.getSummary()).contains(first.getUrl());
        assertThat(Mailbox.html(story)).contains("<a href=\"" + first.getUrl() + "\"").contains(first.getSummary());
        String listUnsubscribe = Mailbox.header(story, "List-Unsubscribe").orElseThrow();
        assertThat(listUnsubscribe).startsWith("<" + UNSUBSCRIBE_LINK).endsWith(">");
        assertThat(Mailbox.header(story, "List-Unsubscribe-Post")).hasValue("List-Unsubscribe=One-Click");
        assertThat(Mailbox.text(story)).contains(listUnsubscribe.substring(1, listUnsubscribe.length() - 1));

        // The same event again (a redelivery), then a correction of the story under a new event id.
        pageEvents().send(firstEventId, storyId, first);
        PagePublished correction = PageEvents.page(storyId, 2, "open-models",
                "Open weights, open questions (corrected)");
        String correctionEventId = pageEvents().send(storyId, correction);
        awaitHandledAndDispatched(correctionEventId);

        assertThat(storyMails(ada)).hasSize(1);
        assertThat(storyMails(dan)).hasSize(1);
        assertThat(storyMails(pia)).as("pending subscriber").isEmpty();
        assertThat(storyMails(cal)).as("subscriber of another topic").isEmpty();
        assertThat(database().count("SELECT count(*) FROM deliveries WHERE story_id = ?", storyId)).isEqualTo(2);

        await().atMost(Mailbox.WAIT).until(() -> auditsFor(storyId).size() >= 2);
        List<DeliveryRecorded> audit = auditsFor(storyId);
        assertThat(audit).hasSize(2).allSatisfy(event -> {
            assertThat(event.getStatus()).isEqualTo(DeliveryStatus.SENT);
            assertThat(event.getVersion()).isEqualTo(1);
        });
        assertThat(audit).extracting(DeliveryRecorded::getRecipient)
                .containsExactlyInAnyOrder(adaId.toString(), danId.toString());
    }

    @Test
    void oneClickUnsubscribeStopsFurtherMail() {
        String eve = "eve.flow@example.org";
        String finn = "finn.flow@example.org";
        UUID eveId = subscribeAndConfirm(eve, "model-ownership");
        subscribeAndConfirm(finn, "model-ownership");

        String storyId = "story-unsub-" + UUID.randomUUID();
        PagePublished page = PageEvents.page(storyId, 1, "model-ownership", "Who owns a model");
        pageEvents().send(storyId, page);
        MimeMessage story = mailbox.awaitOne(eve, page.getHeadline());
        String header = Mailbox.header(story, "List-Unsubscribe").orElseThrow();
        String unsubscribe = TestHttp.pathAndQuery(header.substring(1, header.length() - 1));
        // The server accepts a mail before its sender commits the sent mark that stores the link's token.
        awaitMailsSettled();

        HttpResponse<String> confirmPage = http().get(unsubscribe);
        assertThat(confirmPage.statusCode()).isEqualTo(200);
        assertThat(confirmPage.body()).contains("<form method=\"post\"").contains("Unsubscribe");
        assertThat(subscriberStatus(eve)).as("a GET unsubscribes nobody").isEqualTo("ACTIVE");

        // What a mail client does for RFC 8058.
        HttpResponse<String> oneClick = http().postForm(unsubscribe,
                List.of(Map.entry("List-Unsubscribe", "One-Click")));
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("unsubscribed");
        assertThat(subscriberStatus(eve)).isEqualTo("UNSUBSCRIBED");
        assertThat(database().count("SELECT count(*) FROM subscriptions WHERE subscriber_id = ?", eveId)).isZero();
        // RFC 8058 prefers multipart/form-data; unsubscribing twice is harmless.
        assertThat(http().postMultipart(unsubscribe, "List-Unsubscribe", "One-Click").statusCode())
                .as("unsubscribing twice").isEqualTo(200);

        String nextStoryId = "story-unsub-next-" + UUID.randomUUID();
        PagePublished next = PageEvents.page(nextStoryId, 1, "model-ownership", "Open models after the vote");
        String eventId = pageEvents().send(nextStoryId, next);
        mailbox.awaitOne(finn, next.getHeadline());
        awaitHandledAndDispatched(eventId);
        assertThat(mailbox.to(eve, next.getHeadline())).isEmpty();
    }

    @Test
    void subscribingAgainAddsTopicsToTheSameSubscriber() {
        String gus = "gus.flow@example.org";
        UUID first = UUID.fromString(json(http().postJson("/api/subscriptions", subscribeJson(gus, "ai")))
                .get("id").asText());
        UUID second = UUID.fromString(json(http().postJson("/api/subscriptions",
                subscribeJson("Gus.Flow@Example.org", "ai", "climate", "climate"))).get("id").asText());
        assertThat(second).isEqualTo(first);
        assertThat(database().count("SELECT count(*) FROM subscribers WHERE email = ?", gus)).isEqualTo(1);
        assertThat(database().count("SELECT count(*) FROM subscriptions WHERE subscriber_id = ?", first)).isEqualTo(2);

        String link = Mailbox.link(mailbox.awaitOne(gus, CONFIRMATION_SUBJECT), CONFIRM_LINK);
        assertThat(http().get(TestHttp.pathAndQuery(link)).body()).contains("ai, climate");
        assertThat(database().count("""
                SELECT count(*) FROM subscriptions WHERE subscriber_id = ? AND status = 'ACTIVE'""", first))
                .isEqualTo(2);

        HttpResponse<String> again = http().postJson("/api/subscriptions", subscribeJson(gus, "climate"));
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(json(again).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(json(again).get("id").asText()).isEqualTo(first.toString());
        assertThat(database().count("""
                SELECT count(*) FROM mails WHERE subscriber_id = ? AND status = 'PENDING'""", first))
                .as("nothing to confirm, so no mail").isZero();
    }

    @Test
    void aWithdrawnPageIsNotMailedEvenWhenItsEventIsReplayed() {
        String storyId = "story-withdrawn-" + UUID.randomUUID();
        PagePublished page = PageEvents.page(storyId, 1, "retractions", "A story that was retracted");
        pageEvents().send(storyId, page);
        String withdrawal = pageEvents().send(storyId, PageEvents.withdrawn(page));
        await().atMost(Mailbox.WAIT).until(() -> database().handled(consumerGroup, withdrawal));

        String ivy = "ivy.flow@example.org";
        subscribeAndConfirm(ivy, "retractions");
        String replay = pageEvents().send(storyId, page);
        awaitHandledAndDispatched(replay);
        assertThat(database().count("""
                SELECT count(*) FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id
                WHERE s.email = ? AND d.story_id = ?""", ivy, storyId)).isZero();
        assertThat(mailbox.to(ivy, page.getHeadline())).isEmpty();
    }

    private List<MimeMessage> storyMails(String address) {
        return mailbox.to(address).stream()
                .filter(message -> !CONFIRMATION_SUBJECT.equals(Mailbox.subject(message)))
                .toList();
    }

    private String subscriberStatus(String email) {
        return database().string("SELECT status FROM subscribers WHERE email = ?", email);
    }
}
