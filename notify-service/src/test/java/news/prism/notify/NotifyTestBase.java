package news.prism.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.DeliveryRecorded;
import news.prism.testkit.EventsOnTopic;
import news.prism.testkit.Infrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The service on the shared Kafka, PostgreSQL and GreenMail of the test JVM, with this class's own database,
 * topics and consumer group, so that test classes never see each other's events or rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NotifyTestBase implements TestPropertyProvider {

    static final String PUBLIC_URL = "https://notify.prism.example";
    static final String CONFIRM_LINK = PUBLIC_URL + "/subscriptions/confirm?token=";
    static final String UNSUBSCRIBE_LINK = PUBLIC_URL + "/subscriptions/unsubscribe?token=";
    static final String CONFIRMATION_SUBJECT = "Confirm your Prism subscription";

    private static final ObjectMapper JSON = new ObjectMapper();

    final Infrastructure infrastructure = Infrastructure.shared();
    final String name;
    final String pagesTopic;
    final String deliveriesTopic;
    final String consumerGroup;
    final Mailbox mailbox = new Mailbox(infrastructure.mail());
    private Map<String, String> properties;
    private PageEvents pageEvents;
    private EventsOnTopic auditEvents;

    @Inject
    EmbeddedServer server;

    NotifyTestBase(String name) {
        this.name = name;
        this.pagesTopic = "render.pages.v1." + name;
        this.deliveriesTopic = "notify.deliveries.v1." + name;
        this.consumerGroup = "notify-" + name;
    }

    /** Settings of this test class on top of the shared ones. */
    Map<String, String> extraProperties() {
        return Map.of();
    }

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            infrastructure.createTopics(pagesTopic, deliveriesTopic);
            Map<String, String> all = new HashMap<>(infrastructure.micronautProperties("notify_" + name));
            // The SMTP server is reached through prism.smtp.host/port alone (env PRISM_SMTP_HOST/PORT), which
            // application.yml feeds into javamail.properties: this checks that wiring too.
            all.remove("javamail.properties.mail.smtp.host");
            all.remove("javamail.properties.mail.smtp.port");
            all.put("micronaut.server.port", "-1");
            all.put("prism.topics.pages", pagesTopic);
            all.put("prism.topics.deliveries", deliveriesTopic);
            all.put("prism.consumer.group-id", consumerGroup);
            all.put("prism.notify.public-url", PUBLIC_URL);
            all.put("prism.notify.mail.dispatch-interval", "100ms");
            all.put("prism.notify.mail.retry-backoff", "200ms");
            all.putAll(extraProperties());
            properties = Map.copyOf(all);
        }
        return properties;
    }

    TestHttp http() {
        return new TestHttp(server.getURI());
    }

    TestDatabase database() {
        return new TestDatabase(getProperties());
    }

    synchronized PageEvents pageEvents() {
        if (pageEvents == null) {
            pageEvents = new PageEvents(infrastructure.bootstrapServers(), pagesTopic);
        }
        return pageEvents;
    }

    /** The DeliveryRecorded events the service sent about the story, read from the start of its audit topic. */
    synchronized List<DeliveryRecorded> auditsFor(String storyId) {
        if (auditEvents == null) {
            auditEvents = new EventsOnTopic(infrastructure.bootstrapServers(), deliveriesTopic);
        }
        return auditEvents.all(DeliveryRecorded.class).stream()
                .filter(event -> event.getStoryId().equals(storyId))
                .toList();
    }

    /** Waits until the event was handled and every mail it queued was dispatched (sent, failed or dropped). */
    void awaitHandledAndDispatched(String eventId) {
        await().atMost(Mailbox.WAIT).until(() -> database().handled(consumerGroup, eventId));
        awaitMailsSettled();
    }

    /** Waits until no mail is queued any more: each was sent (and its token stored), failed or dropped. */
    void awaitMailsSettled() {
        await().atMost(Mailbox.WAIT).until(() -> database().pendingMails() == 0);
    }

    static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not JSON: " + text, e);
        }
    }

    /** The fields a problem+json answer names. */
    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    /** Subscribes, confirms by the mailed link and returns the subscriber's id. */
    UUID subscribeAndConfirm(String email, String... topics) {
        return UUID.fromString(json(subscribeAndConfirmPage(email, topics).subscribed()).get("id").asText());
    }

    /** Subscribes and confirms by the mailed link; also returns the page the confirmation link showed. */
    Confirmed subscribeAndConfirmPage(String email, String... topics) {
        HttpResponse<String> response = http().postJson("/api/subscriptions", subscribeJson(email, topics));
        assertThat(response.statusCode()).isEqualTo(202);
        String link = Mailbox.link(mailbox.awaitOne(email, CONFIRMATION_SUBJECT), CONFIRM_LINK);
        HttpResponse<String> page = http().get(TestHttp.pathAndQuery(link));
        assertThat(page.statusCode()).isEqualTo(200);
        return new Confirmed(response, page);
    }

    record Confirmed(HttpResponse<String> subscribed, HttpResponse<String> page) {
    }

    static String subscribeJson(String email, String... topics) {
        StringBuilder json = new StringBuilder("{\"email\":\"" + email + "\",\"topics\":[");
        for (int i = 0; i < topics.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(topics[i]).append('"');
        }
        return json.append("]}").toString();
    }

    @AfterAll
    void closeClients() {
        if (pageEvents != null) {
            pageEvents.close();
        }
        if (auditEvents != null) {
            auditEvents.close();
        }
    }
}
