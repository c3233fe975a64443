package news.prism.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.PagePublished;
import news.prism.notify.WebhookReceiver.Received;
import news.prism.testkit.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks delivered to a real receiver on 127.0.0.1 that checks every signature with the Standard Webhooks reference
 * library: each event type, retries with the same id, 410, a schedule run out, re-drive, rotation and a dead
 * sender's claim. The retry schedule is two short waits, so a delivery is tried three times.
 */
@MicronautTest(transactional = false)
class WebhookDeliveryTest extends NotifyTestBase {

    private static final Caller EDITOR = Caller.editor("webhook-editor");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PUBLISHED = "story.published";
    private static final String CORRECTED = "story.corrected";
    private static final String RETRACTED = "story.retracted";

    private final WebhookReceiver receiver = WebhookReceiver.start();

    WebhookDeliveryTest() {
        super("webhookdelivery");
    }

    @Override
    Map<String, String> extraProperties() {
        return Map.of(
                "prism.notify.webhooks.allow-private-addresses", "true",
                "prism.notify.webhooks.retry-schedule", "300ms,300ms",
                "prism.notify.webhooks.dispatch-interval", "100ms",
                "prism.notify.webhooks.request-timeout", "5s",
                "prism.notify.webhooks.secret-grace-period", "1h");
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void eachEventTypeIsDeliveredOnceSignedAsACloudEvent() {
        String path = "/types";
        JsonNode created = create(path, List.of("types"), List.of(PUBLISHED, CORRECTED, RETRACTED));
        receiver.expectSecrets(path, created.get("secret").asText());
        JsonNode onlyPublished = create("/types-published-only", List.of("types"), List.of(PUBLISHED));
        receiver.expectSecrets("/types-published-only", onlyPublished.get("secret").asText());
        create("/types-other-topic", List.of("elsewhere"), List.of(PUBLISHED));

        String storyId = "story-types-" + UUID.randomUUID();
        PagePublished first = PageEvents.page(storyId, 1, "types", "A story told three times");
        pageEvents().send(storyId, first);
        pageEvents().send(storyId, PageEvents.page(storyId, 2, "types", "A story told three times, corrected"));
        pageEvents().send(storyId, PageEvents.withdrawn(first));

        await().atMost(WAIT).until(() -> receiver.requestsTo(path).size() >= 3
                && !receiver.requestsTo("/types-published-only").isEmpty());
        List<Received> requests = receiver.requestsTo(path);
        assertThat(requests).hasSize(3).allSatisfy(request -> {
            assertThat(request.verified()).isTrue();
            assertThat(request.header("content-type")).startsWith("application/cloudevents+json");
            JsonNode event = body(request);
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("id").asText()).isEqualTo(request.header("webhook-id"));
            assertThat(event.get("subject").asText()).isEqualTo(storyId);
            assertThat(event.get("source").asText()).isEqualTo("/prism/notify-service");
            assertThat(event.at("/data/storyId").asText()).isEqualTo(storyId);
        });
        assertThat(requests).extracting(request -> body(request).get("type").asText())
                .containsExactlyInAnyOrder("news.prism.story.published", "news.prism.story.corrected",
                        "news.prism.story.retracted");
        assertThat(requests).extracting(request -> request.header("webhook-id")).doesNotHaveDuplicates();
        assertThat(receiver.requestsTo("/types-published-only")).singleElement()
                .satisfies(request -> assertThat(body(request).get("type").asText())
                        .isEqualTo("news.prism.story.published"));
        assertThat(receiver.requestsTo("/types-other-topic")).isEmpty();
        assertThat(database().count("""
                SELECT count(*) FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
                WHERE w.url = ? AND d.status = 'DELIVERED' AND d.attempts = 1""", receiver.url(path)))
                .isEqualTo(3);
    }

    @Test
    void aFailedAttemptIsRetriedWithTheSameIdUntilDelivered() {
        String path = "/retry";
        JsonNode created = create(path, List.of("retry"), List.of(PUBLISHED));
        receiver.expectSecrets(path, created.get("secret").asText());
        receiver.script(path, 500);

        publish("retry");

        await().atMost(WAIT).until(() -> receiver.requestsTo(path).size() >= 2);
        List<Received> requests = receiver.requestsTo(path);
        assertThat(requests).hasSize(2).allSatisfy(request -> assertThat(request.verified()).isTrue());
        assertThat(requests).extracting(Received::answeredWith).containsExactly(500, 200);
        assertThat(requests).extracting(request -> request.header("webhook-id")).containsOnly(
                requests.getFirst().header("webhook-id"));
        assertThat(requests).extracting(Received::body).containsOnly(requests.getFirst().body());
        JsonNode delivery = awaitDelivery(created, "DELIVERED");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
        assertThat(delivery.get("lastStatus").asInt()).isEqualTo(200);
    }

    @Test
    void anEndpointAnswering410IsDisabledWithTheReason() {
        String path = "/gone";
        JsonNode created = create(path, List.of("gone"), List.of(PUBLISHED));
        receiver.expectSecrets(path, created.get("secret").asText());
        receiver.script(path, 410);

        publish("gone");

        JsonNode webhook = awaitWebhook(created, "DISABLED");
        assertThat(webhook.get("disabledReason").asText()).contains("410 Gone");
        assertThat(receiver.requestsTo(path)).hasSize(1);
        JsonNode delivery = awaitDelivery(created, "FAILED");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.get("lastStatus").asInt()).isEqualTo(410);
    }

    @Test
    void failingThroughTheScheduleDisablesTheWebhookAndARedriveAfterResumeDelivers() {
        String path = "/failing";
        JsonNode created = create(path, List.of("failing"), List.of(PUBLISHED));
        receiver.expectSecrets(path, created.get("secret").asText());
        receiver.answerOtherwise(path, 503);

        publish("failing");

        JsonNode webhook = awaitWebhook(created, "DISABLED");
        assertThat(webhook.get("disabledReason").asText()).contains("failed all 3 attempts").contains("HTTP 503");
        List<Received> attempts = receiver.requestsTo(path);
        assertThat(attempts).hasSize(3).allSatisfy(request -> assertThat(request.verified()).isTrue());
        assertThat(attempts).extracting(request -> request.header("webhook-id"))
                .containsOnly(attempts.getFirst().header("webhook-id"));
        JsonNode failed = awaitDelivery(created, "FAILED");
        assertThat(failed.get("attempts").asInt()).isEqualTo(3);
        assertThat(failed.get("lastError").asText()).isEqualTo("HTTP 503");

        receiver.answerOtherwise(path, 200);
        String id = created.at("/webhook/id").asText();
        assertThat(call("POST", "/api/webhooks/" + id + "/resume", null).statusCode()).isEqualTo(200);
        HttpResponse<String> redrive = call("POST", "/api/webhooks/" + id + "/redrive", null);
        assertThat(redrive.statusCode()).isEqualTo(200);
        assertThat(json(redrive).get("requeued").asInt()).isEqualTo(1);

        JsonNode delivered = awaitDelivery(created, "DELIVERED");
        assertThat(delivered.get("id").asText()).isEqualTo(attempts.getFirst().header("webhook-id"));
        assertThat(receiver.requestsTo(path)).hasSize(4).last()
                .satisfies(request -> assertThat(request.answeredWith()).isEqualTo(200));
    }

    @Test
    void afterARotationDeliveriesVerifyWithTheNewSecretAndDuringTheGracePeriodWithTheOldOne() {
        String path = "/rotation";
        JsonNode created = create(path, List.of("rotation"), List.of(PUBLISHED));
        String oldSecret = created.get("secret").asText();
        String id = created.at("/webhook/id").asText();

        HttpResponse<String> rotated = call("POST", "/api/webhooks/" + id + "/rotate-secret", null);
        assertThat(rotated.statusCode()).isEqualTo(200);
        String newSecret = json(rotated).get("secret").asText();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
        assertThat(json(rotated).get("previousSecretValidUntil").asText()).isNotBlank();
        receiver.expectSecrets(path, newSecret, oldSecret);

        publish("rotation");
        await().atMost(WAIT).until(() -> receiver.requestsTo(path).size() == 1);
        assertThat(receiver.requestsTo(path).getFirst().verified()).isTrue();
        assertThat(receiver.requestsTo(path).getFirst().header("webhook-signature").split(" ")).hasSize(2);

        // The grace period over: only the new secret signs.
        database().update("UPDATE webhooks SET previous_secret_until = now() - interval '1 second' WHERE id = ?::uuid",
                id);
        receiver.expectSecrets(path, newSecret);
        publish("rotation");
        await().atMost(WAIT).until(() -> receiver.requestsTo(path).size() == 2);
        Received afterGrace = receiver.requestsTo(path).get(1);
        assertThat(afterGrace.verified()).isTrue();
        assertThat(afterGrace.header("webhook-signature").split(" ")).hasSize(1);
    }

    @Test
    void theDeliveriesOfASenderThatDiedGoOutOnceItsLeaseEnds() {
        String path = "/dead-sender";
        JsonNode created = create(path, List.of("dead-sender"), List.of(PUBLISHED));
        receiver.expectSecrets(path, created.get("secret").asText());
        String id = created.at("/webhook/id").asText();
        assertThat(call("POST", "/api/webhooks/" + id + "/pause", null).statusCode()).isEqualTo(200);

        publish("dead-sender");
        database().awaitCount(1, WAIT, "SELECT count(*) FROM webhook_deliveries WHERE webhook_id = ?::uuid", id);
        // What a sender of another instance leaves behind when it is killed after claiming: a claim and its lease.
        database().update("""
                UPDATE webhook_deliveries SET claim = gen_random_uuid(), next_attempt_at = now() + interval '2 seconds'
                WHERE webhook_id = ?::uuid""", id);
        assertThat(call("POST", "/api/webhooks/" + id + "/resume", null).statusCode()).isEqualTo(200);

        JsonNode delivered = awaitDelivery(created, "DELIVERED");
        assertThat(delivered.get("attempts").asInt()).isEqualTo(1);
        assertThat(receiver.requestsTo(path)).hasSize(1);
    }

    private void publish(String topic) {
        String storyId = "story-" + topic + "-" + UUID.randomUUID();
        pageEvents().send(storyId, PageEvents.page(storyId, 1, topic, "News for " + topic));
    }

    private JsonNode create(String path, List<String> topics, List<String> eventTypes) {
        HttpResponse<String> response = call("POST", "/api/webhooks", """
                {"url": "%s", "topics": [%s], "eventTypes": [%s]}""".formatted(receiver.url(path), quoted(topics),
                quoted(eventTypes)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    private JsonNode awaitWebhook(JsonNode created, String status) {
        String path = "/api/webhooks/" + created.at("/webhook/id").asText();
        await().atMost(WAIT).until(() -> status.equals(json(call("GET", path, null)).get("status").asText()));
        return json(call("GET", path, null));
    }

    /** The webhook's one delivery, once it has the status. */
    private JsonNode awaitDelivery(JsonNode created, String status) {
        String path = "/api/webhooks/" + created.at("/webhook/id").asText() + "/deliveries";
        await().atMost(WAIT).until(() -> status.equals(json(call("GET", path, null)).path(0).path("status").asText()));
        JsonNode deliveries = json(call("GET", path, null));
        assertThat(deliveries).hasSize(1);
        return deliveries.get(0);
    }

    private HttpResponse<String> call(String method, String path, String body) {
        return http().api(method, path, body, EDITOR.authorization());
    }

    private static JsonNode body(Received request) {
        return json(request.body());
    }

    private static String quoted(List<String> values) {
        return String.join(",", values.stream().map(value -> "\"" + value + "\"").toList());
    }
}
