package news.prism.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.prism.testkit.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Managing webhooks over the API, with the production address rules: a URL whose host is, or resolves to, an
 * address that is not public unicast is refused by the guard's decision on the address, before anything is written.
 * Every host here is an address literal or localhost, decided on without a DNS query, and this instance sends no
 * deliveries, so nothing is connected to.
 */
@MicronautTest(transactional = false)
class WebhookApiTest extends NotifyTestBase {

    private static final Caller EDITOR = Caller.editor("hooks-editor");
    private static final Caller ADMIN = Caller.admin("hooks-admin");
    private static final Caller REPORTER = Caller.reporter("hooks-reporter");
    private static final String PUBLIC_URL = "https://8.8.8.8/prism-hook";

    WebhookApiTest() {
        super("webhookapi");
    }

    @Override
    Map<String, String> extraProperties() {
        return Map.of("prism.notify.webhooks.dispatcher-enabled", "false");
    }

    @Test
    void anEditorCreatesListsPausesResumesAndDeletesAWebhook() {
        HttpResponse<String> created = http().api("POST", "/api/webhooks", """
                {"url": "%s", "topics": ["ai", "climate"], "eventTypes": ["story.published", "story.retracted"]}"""
                .formatted(PUBLIC_URL), EDITOR.authorization());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json(created);
        String id = body.at("/webhook/id").asText();
        assertThat(created.headers().firstValue("Location")).contains("/api/webhooks/" + id);
        assertThat(body.get("secret").asText()).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(body.at("/webhook/url").asText()).isEqualTo(PUBLIC_URL);
        assertThat(body.at("/webhook/status").asText()).isEqualTo("ACTIVE");
        assertThat(body.at("/webhook/createdBy").asText()).isEqualTo(EDITOR.name());
        assertThat(texts(body.at("/webhook/topics"))).containsExactly("ai", "climate");
        assertThat(texts(body.at("/webhook/eventTypes"))).containsExactly("story.published", "story.retracted");

        JsonNode listed = json(http().api("GET", "/api/webhooks", null, ADMIN.authorization()));
        assertThat(listed.findValuesAsText("id")).contains(id);
        assertThat(listed.toString()).doesNotContain("whsec_");

        HttpResponse<String> paused = http().api("POST", "/api/webhooks/" + id + "/pause", null, ADMIN.authorization());
        assertThat(json(paused).get("status").asText()).isEqualTo("PAUSED");
        HttpResponse<String> resumed = http().api("POST", "/api/webhooks/" + id + "/resume", null,
                EDITOR.authorization());
        assertThat(json(resumed).get("status").asText()).isEqualTo("ACTIVE");

        assertThat(http().api("DELETE", "/api/webhooks/" + id, null, EDITOR.authorization()).statusCode())
                .isEqualTo(204);
        assertThat(http().api("GET", "/api/webhooks/" + id, null, EDITOR.authorization()).statusCode())
                .isEqualTo(404);
        assertThat(database().count("SELECT count(*) FROM webhooks WHERE id = ?::uuid", id)).isZero();
    }

    @Test
    void aBadRequestNamesEachBadFieldAndWritesNothing() {
        long before = webhooks();
        HttpResponse<String> response = http().api("POST", "/api/webhooks", """
                {"url": "ftp://hooks.example/x", "topics": ["ai", "Not A Slug"],
                 "eventTypes": ["story.published", "story.deleted"]}""", EDITOR.authorization());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(fields(json(response))).containsExactlyInAnyOrder("url", "topics[1]", "eventTypes[1]");

        HttpResponse<String> empty = http().api("POST", "/api/webhooks", "{}", EDITOR.authorization());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(fields(json(empty))).containsExactlyInAnyOrder("url", "eventTypes");
        assertThat(webhooks()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            http://127.0.0.1:8084/hook            | 127.0.0.1 resolves to a loopback address (127.0.0.1)
            http://localhost/hook                 | localhost resolves to a loopback address
            http://169.254.169.254/latest/        | 169.254.169.254 resolves to a link-local address
            http://10.1.2.3/hook                  | 10.1.2.3 resolves to a private address (10.1.2.3)
            http://[::1]/hook                     | resolves to a loopback address
            http://[64:ff9b::a00:1]/hook          | a NAT64 address embedding 10.0.0.1, a private address
            http://0x7f.1/hook                    | must name its host by a DNS name""")
    void aUrlTheAddressGuardRefusesIsABadUrl(String url, String reason) {
        long before = webhooks();
        HttpResponse<String> response = http().api("POST", "/api/webhooks", """
                {"url": "%s", "eventTypes": ["story.published"]}""".formatted(url), EDITOR.authorization());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(fields(problem)).containsExactly("url");
        assertThat(problem.at("/errors/0/message").asText()).contains(reason);
        assertThat(webhooks()).isEqualTo(before);
    }

    @Test
    void onlyEditorsAndAdminsMayUseTheWebhookApi() {
        long before = webhooks();
        String body = """
                {"url": "%s", "eventTypes": ["story.published"]}""".formatted(PUBLIC_URL);

        assertThat(http().api("POST", "/api/webhooks", body, REPORTER.authorization()).statusCode()).isEqualTo(403);
        assertThat(http().api("GET", "/api/webhooks", null, REPORTER.authorization()).statusCode()).isEqualTo(403);
        assertThat(http().api("POST", "/api/webhooks", body, null).statusCode()).isEqualTo(401);
        assertThat(http().api("GET", "/api/webhooks", null, null).statusCode()).isEqualTo(401);
        assertThat(webhooks()).isEqualTo(before);
    }

    private long webhooks() {
        return database().count("SELECT count(*) FROM webhooks");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
