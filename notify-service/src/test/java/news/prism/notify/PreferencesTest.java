package news.prism.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.PagePublished;
import org.junit.jupiter.api.Test;

/**
 * The preferences page a story mail links to: a reader changes a topic's frequency and the digest schedule, leaves
 * one topic, then all; the link can be revoked; a bad link is 404 and bad fields are 400, naming each one.
 */
@MicronautTest(transactional = false)
class PreferencesTest extends NotifyTestBase {

    PreferencesTest() {
        super("preferences");
    }

    @Test
    void aReaderChangesFrequencyLeavesOneTopicThenAllThroughTheLinkInAStoryMail() {
        String fay = "fay.prefs@example.org";
        UUID fayId = subscribeAndConfirm(fay, "prefs-energy", "prefs-water");
        PagePublished first = PageEvents.page("story-prefs-" + UUID.randomUUID(), 1, "prefs-energy",
                "Wind leases reopen");
        pageEvents().send(first.getStoryId(), first);
        MimeMessage story = mailbox.awaitOne(fay, first.getHeadline());
        String preferences = TestHttp.pathAndQuery(Mailbox.link(story, DigestTest.PREFERENCES_LINK));

        HttpResponse<String> page = http().get(preferences);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains(fay, "prefs-energy", "prefs-water", "name=\"frequency\"",
                "<option value=\"EACH_STORY\" selected>");

        HttpResponse<String> saved = http().postForm(preferences, List.of(
                Map.entry("action", "save"),
                Map.entry("topic", "prefs-energy"), Map.entry("frequency", "WEEKLY"),
                Map.entry("topic", "prefs-water"), Map.entry("frequency", "EACH_STORY"),
                Map.entry("timeZone", "Europe/Berlin"), Map.entry("sendTime", "07:30"),
                Map.entry("weekday", "FRIDAY")));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Saved.", "<option value=\"WEEKLY\" selected>",
                "<option value=\"FRIDAY\" selected>", "value=\"07:30\"", "value=\"Europe/Berlin\"");
        ZonedDateTime due = Instant.parse(database().string("""
                SELECT to_char(digest_due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') FROM subscriptions
                WHERE subscriber_id = ? AND topic_slug = 'prefs-energy'""", fayId)).atZone(ZoneId.of("Europe/Berlin"));
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(due.toInstant()).isBetween(Instant.now(), Instant.now().plus(java.time.Duration.ofDays(7)));

        HttpResponse<String> asJson = http().getJson("/api/subscriptions/preferences?" + preferences
                .substring(preferences.indexOf('?') + 1));
        assertThat(asJson.statusCode()).isEqualTo(200);
        assertThat(json(asJson).get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(json(asJson).get("sendTime").asText()).isEqualTo("07:30");
        assertThat(json(asJson).get("weekday").asText()).isEqualTo("FRIDAY");
        assertThat(json(asJson).at("/topics/0/topic").asText()).isEqualTo("prefs-energy");
        assertThat(json(asJson).at("/topics/0/frequency").asText()).isEqualTo("WEEKLY");
        assertThat(json(asJson).at("/topics/1/frequency").asText()).isEqualTo("EACH_STORY");

        // The weekly topic's stories wait for the digest; the other topic's still come one by one.
        PagePublished weekly = PageEvents.page("story-prefs-" + UUID.randomUUID(), 1, "prefs-energy",
                "Solar tariffs, explained");
        PagePublished each = PageEvents.page("story-prefs-" + UUID.randomUUID(), 1, "prefs-water",
                "Who owns the river");
        pageEvents().send(weekly.getStoryId(), weekly);
        awaitHandledAndDispatched(pageEvents().send(each.getStoryId(), each));
        mailbox.awaitOne(fay, each.getHeadline());
        assertThat(mailbox.to(fay, weekly.getHeadline())).isEmpty();

        // Back to each story: the open weekly period's story comes at once, in a last digest.
        HttpResponse<String> back = http().putJson("/api/subscriptions/preferences?" + preferences
                .substring(preferences.indexOf('?') + 1), """
                {"topics": [{"topic": "prefs-energy", "frequency": "EACH_STORY"},
                            {"topic": "prefs-water", "frequency": "EACH_STORY"}]}""");
        assertThat(back.statusCode()).isEqualTo(200);
        MimeMessage lastDigest = mailbox.awaitOne(fay, "Your weekly digest: PREFS-ENERGY explained · 1 new story");
        assertThat(Mailbox.text(lastDigest)).contains(weekly.getHeadline());
        assertThat(database().count("""
                SELECT count(*) FROM subscriptions WHERE subscriber_id = ? AND frequency = 'EACH_STORY'
                    AND digest_due_at IS NULL""", fayId)).isEqualTo(2);

        HttpResponse<String> left = http().postForm(preferences, List.of(
                Map.entry("action", "leave"), Map.entry("topic", "prefs-water")));
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(left.body()).contains("You left prefs-water.");
        assertThat(topics(fayId)).containsExactly("prefs-energy");

        HttpResponse<String> leftAll = http().postForm(preferences, List.of(Map.entry("action", "leave-all")));
        assertThat(leftAll.statusCode()).isEqualTo(200);
        assertThat(leftAll.body()).contains("You get no mail from Prism");
        assertThat(topics(fayId)).isEmpty();
        assertThat(database().string("SELECT status FROM subscribers WHERE id = ?", fayId)).isEqualTo("UNSUBSCRIBED");

        // RFC 8058 one-click unsubscribe still works from the same mail.
        String header = Mailbox.header(story, "List-Unsubscribe").orElseThrow();
        assertThat(http().postForm(TestHttp.pathAndQuery(header.substring(1, header.length() - 1)),
                List.of(Map.entry("List-Unsubscribe", "One-Click"))).statusCode()).isEqualTo(200);
    }

    @Test
    void aRevokedOrUnknownLinkIsNotFound() {
        String gil = "gil.prefs@example.org";
        subscribeAndConfirm(gil, "prefs-revoke");
        HttpResponse<String> confirmedPage = subscribeAndConfirmPage("gia.prefs@example.org", "prefs-revoke").page();
        String preferences = TestHttp.pathAndQuery(DigestTest.preferencesLink(confirmedPage.body()));
        assertThat(http().get(preferences).statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = http().postForm(preferences, List.of(Map.entry("action", "revoke")));
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertNotFoundProblem(http().get(preferences));
        assertNotFoundProblem(http().getJson("/api/subscriptions/preferences?" + preferences
                .substring(preferences.indexOf('?') + 1)));

        String unknown = "/subscriptions/preferences?token=" + "A".repeat(43);
        assertNotFoundProblem(http().get(unknown));
        assertNotFoundProblem(http().get("/subscriptions/preferences?token=not-a-token"));
        assertNotFoundProblem(http().postForm(unknown, List.of(Map.entry("action", "leave-all"))));
        assertNotFoundProblem(http().putJson("/api/subscriptions/preferences?token=" + "A".repeat(43),
                "{\"topics\":[]}"));
        assertThat(fields(json(http().get("/subscriptions/preferences")))).containsExactly("token");
    }

    @Test
    void badFieldsAreRefusedByNameAndChangeNothing() {
        String hal = "hal.prefs@example.org";
        UUID halId = subscribeAndConfirm(hal, "prefs-bad");
        String confirmedPage = subscribeAndConfirmPage(hal, "prefs-bad-too").page().body();
        String token = DigestTest.preferencesLink(confirmedPage).substring(DigestTest.PREFERENCES_LINK.length());
        String api = "/api/subscriptions/preferences?token=" + token;
        String before = http().getJson(api).body();

        HttpResponse<String> bad = http().putJson(api, """
                {"timeZone": "Mars/Olympus_Mons", "sendTime": "25:00", "weekday": "FUNDAY",
                 "topics": [{"topic": "prefs-bad", "frequency": "HOURLY"}, {"topic": "Not A Slug",
                 "frequency": "DAILY"}, {"topic": "prefs-bad", "frequency": "WEEKLY"}]}""");
        assertProblem(bad, 400);
        assertThat(fields(json(bad))).containsExactlyInAnyOrder("timeZone", "sendTime", "weekday",
                "topics[0].frequency", "topics[1].topic");

        HttpResponse<String> notMine = http().putJson(api, """
                {"timeZone": "Europe/Lisbon", "topics": [{"topic": "prefs-bad", "frequency": "DAILY"},
                 {"topic": "someone-elses", "frequency": "DAILY"}]}""");
        assertProblem(notMine, 400);
        assertThat(fields(json(notMine))).containsExactly("topics[1].topic");

        HttpResponse<String> badForm = http().postForm("/subscriptions/preferences?token=" + token, List.of(
                Map.entry("action", "save"), Map.entry("topic", "prefs-bad"), Map.entry("frequency", "SOMETIMES"),
                Map.entry("sendTime", "7:30")));
        assertProblem(badForm, 400);
        assertThat(fields(json(badForm))).containsExactlyInAnyOrder("frequency[0]", "sendTime");
        assertProblem(http().postForm("/subscriptions/preferences?token=" + token,
                List.of(Map.entry("action", "unsubscribe-everyone"))), 400);

        assertThat(http().getJson(api).body()).as("nothing changed").isEqualTo(before);
        assertThat(topics(halId)).containsExactly("prefs-bad", "prefs-bad-too");
    }

    private List<String> topics(UUID subscriberId) {
        String joined = database().string("""
                SELECT coalesce(string_agg(topic_slug, ',' ORDER BY topic_slug), '') FROM subscriptions
                WHERE subscriber_id = ?""", subscriberId);
        return joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static void assertNotFoundProblem(HttpResponse<String> response) {
        assertProblem(response, 404);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}
