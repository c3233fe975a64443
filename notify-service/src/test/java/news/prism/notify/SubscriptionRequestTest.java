package news.prism.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The subscribe endpoint's two request forms, its refusals, and the refusals of the token links. */
@MicronautTest(transactional = false)
class SubscriptionRequestTest extends NotifyTestBase {

    SubscriptionRequestTest() {
        super("requests");
    }

    @Test
    void invalidJsonRequestIsRefusedFieldByFieldAndWritesNothing() {
        long subscribers = database().count("SELECT count(*) FROM subscribers");
        long subscriptions = database().count("SELECT count(*) FROM subscriptions");
        long mails = database().count("SELECT count(*) FROM mails");
        HttpResponse<String> response = http().postJson("/api/subscriptions",
                "{\"email\":\"not-an-address\",\"topics\":[\"AI!\",\"open-models\",\"\"]}");

        assertProblem(response, 400);
        assertThat(fields(json(response))).containsExactlyInAnyOrder("email", "topics[0]", "topics[2]");
        assertThat(database().count("SELECT count(*) FROM subscribers")).isEqualTo(subscribers);
        assertThat(database().count("SELECT count(*) FROM subscriptions")).isEqualTo(subscriptions);
        assertThat(database().count("SELECT count(*) FROM mails")).isEqualTo(mails);
    }

    @Test
    void missingFieldsAreNamed() {
        HttpResponse<String> response = http().postJson("/api/subscriptions", "{}");

        assertProblem(response, 400);
        assertThat(fields(json(response))).containsExactlyInAnyOrder("email", "topics");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "two@@example.org", "no-dot@localhost", "dot..dot@example.org",
            ".lead@example.org", "space in@example.org", "Name <name@example.org>", "trail@example.org."})
    void implausibleAddressesAreRefused(String address) {
        long subscribers = database().count("SELECT count(*) FROM subscribers");
        HttpResponse<String> response = http().postJson("/api/subscriptions",
                "{\"email\":\"" + address + "\",\"topics\":[\"ai\"]}");

        assertProblem(response, 400);
        assertThat(fields(json(response))).containsExactly("email");
        assertThat(database().count("SELECT count(*) FROM subscribers")).isEqualTo(subscribers);
    }

    @Test
    void malformedJsonIsAProblem() {
        assertProblem(http().postJson("/api/subscriptions", "{\"email\": "), 400);
    }

    @Test
    void theStoryPageFormGetsAPageAndAConfirmationMail() {
        String reader = "form.reader@example.org";
        HttpResponse<String> response = http().postForm("/api/subscriptions",
                List.of(Map.entry("email", reader), Map.entry("topic", "open-models")));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("Check your inbox").contains(reader);
        MimeMessage confirmation = mailbox.awaitOne(reader, CONFIRMATION_SUBJECT);
        assertThat(Mailbox.text(confirmation)).contains("open-models");
        assertThat(Mailbox.link(confirmation, CONFIRM_LINK)).isNotBlank();
    }

    @Test
    void theFormMayNameSeveralTopics() {
        String reader = "form.topics@example.org";
        HttpResponse<String> response = http().postForm("/api/subscriptions", List.of(
                Map.entry("email", reader), Map.entry("topic", "open-models"), Map.entry("topic", "climate")));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(database().count("""
                SELECT count(*) FROM subscriptions t JOIN subscribers s ON s.id = t.subscriber_id
                WHERE s.email = ?""", reader)).isEqualTo(2);
    }

    @Test
    void anInvalidFormIsRefusedFieldByField() {
        String reader = "<script>@example.org";
        HttpResponse<String> response = http().postForm("/api/subscriptions",
                List.of(Map.entry("email", reader), Map.entry("topic", "Not A Topic")));

        assertProblem(response, 400);
        assertThat(fields(json(response))).containsExactlyInAnyOrder("email", "topic[0]");
        assertThat(database().count("SELECT count(*) FROM subscribers WHERE email = ?", reader)).isZero();
    }

    @Test
    void unknownOrMissingTokensAreProblems() {
        String unknown = "A".repeat(43);
        assertProblem(http().get("/subscriptions/confirm?token=" + unknown), 404);
        assertProblem(http().get("/subscriptions/confirm?token=short"), 404);
        assertProblem(http().get("/subscriptions/unsubscribe?token=" + unknown), 404);
        assertProblem(http().postForm("/subscriptions/unsubscribe?token=" + unknown,
                List.of(Map.entry("List-Unsubscribe", "One-Click"))), 404);
        assertProblem(http().postEmpty("/subscriptions/unsubscribe?token=" + unknown), 404);
        assertProblem(http().postMultipart("/subscriptions/unsubscribe?token=" + unknown,
                "List-Unsubscribe", "One-Click"), 404);

        HttpResponse<String> missing = http().get("/subscriptions/confirm");
        assertProblem(missing, 400);
        assertThat(fields(json(missing))).containsExactly("token");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("status").asInt()).isEqualTo(status);
    }
}
