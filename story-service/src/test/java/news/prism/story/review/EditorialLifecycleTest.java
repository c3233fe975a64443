package news.prism.story.review;

import static news.prism.story.Staff.ALICE;
import static news.prism.story.Staff.BOB;
import static news.prism.story.Staff.CAROL;
import static news.prism.story.Staff.DAVE;
import static news.prism.story.Staff.ERIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.StoryPublished;
import news.prism.events.StoryRetracted;
import news.prism.story.Api;
import news.prism.story.SampleStory;
import news.prism.story.ServiceTestSupport;
import news.prism.testkit.Caller;
import news.prism.testkit.TopicEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rejection, corrections and retraction over HTTP, with the events read back from the real broker. */
@MicronautTest(transactional = false)
class EditorialLifecycleTest extends ServiceTestSupport {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
    private static final String CORRECTED_HEADLINE = "Lindenport votes 31 to 14 to buy only open-source AI";

    @Inject
    EmbeddedServer server;

    private Api api;

    @Override
    protected String name() {
        return "lifecycle";
    }

    @BeforeAll
    void connect() {
        api = new Api(server.getURI());
    }

    @Test
    void aRejectedStoryGoesBackToDraftWithTheReviewersComments() {
        String id = create(ALICE);
        submit(id, ALICE);

        Api.Response rejected = api.post(path(id, "reject"), BOB,
                "{\"comments\": \"  Source 4 is a press release; find an independent voice for the vendors.  \"}");

        assertThat(rejected.status()).as("%s", rejected).isEqualTo(200);
        assertThat(rejected.json()).containsEntry("status", "DRAFT").containsEntry("revision", 1)
                .containsEntry("lastEditor", "alice").containsEntry("live", false).doesNotContainKey("currentVersion");
        assertThat(history(id)).extracting(e -> e.get("action"), e -> e.get("actor"), e -> e.get("comment"),
                e -> e.get("revision"), e -> e.get("version")).containsExactly(
                tuple("SUBMITTED", "alice", null, 1, null),
                tuple("REJECTED", "bob",
                        "Source 4 is a press release; find an independent voice for the vendors.", 1, null));
        assertThat(history(id)).allSatisfy(entry -> assertThat(Instant.parse((String) entry.get("actedAt"))).isNotNull());

        // The author reworks it and it goes through review again.
        assertThat(api.put("/api/stories/" + id, ALICE, SampleStory.json()).status()).isEqualTo(200);
        submit(id, ALICE);
        assertThat(api.post(path(id, "approve"), BOB, null).status()).isEqualTo(200);
        assertThat(history(id)).extracting(e -> e.get("action"), e -> e.get("revision"), e -> e.get("version"))
                .containsExactly(tuple("SUBMITTED", 1, null), tuple("REJECTED", 1, null),
                        tuple("SUBMITTED", 2, null), tuple("APPROVED", 2, 1));
    }

    @Test
    void aRejectionNeedsComments() {
        String id = create(ALICE);
        submit(id, ALICE);

        for (String body : new String[] {null, "{}", "{\"comments\": \"   \"}"}) {
            Api.Response refused = api.post(path(id, "reject"), BOB, body);

            assertThat(refused.status()).as("%s", refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.problemFields()).as("%s", refused).containsExactly("comments");
        }
        assertThat(api.get("/api/stories/" + id).json()).containsEntry("status", "IN_REVIEW");
        assertThat(history(id)).extracting(e -> e.get("action")).containsExactly("SUBMITTED");
    }

    @Test
    void onlyAStoryInReviewCanBeRejected() {
        String id = create(ALICE);

        assertThat(api.post(path(id, "reject"), BOB, "{\"comments\": \"Not ready.\"}").status()).isEqualTo(409);
        assertThat(api.post(path(UUID.randomUUID().toString(), "reject"), BOB, "{\"comments\": \"No.\"}").status())
                .isEqualTo(404);
        assertThat(api.post(path(id, "reject"), null, "{\"comments\": \"Who am I?\"}").status()).isEqualTo(401);
    }

    @Test
    void aCorrectionIsTheNextVersionWithItsNoteWhileTheFirstStaysLive() {
        String id = published();
        Instant firstPublishedAt = Instant.parse((String) api.get("/api/stories/" + id).json().get("firstPublishedAt"));
        String slug = (String) api.get("/api/stories/" + id).json().get("slug");

        Api.Response correcting = api.put("/api/stories/" + id, CAROL,
                SampleStory.json(story -> story.put("headline", CORRECTED_HEADLINE)));
        assertThat(correcting.status()).as("%s", correcting).isEqualTo(200);
        assertThat(correcting.json()).containsEntry("status", "DRAFT").containsEntry("currentVersion", 1)
                .containsEntry("live", true).containsEntry("revision", 2).containsEntry("lastEditor", "carol")
                .containsEntry("slug", slug).containsEntry("headline", CORRECTED_HEADLINE);
        submit(id, CAROL);

        Api.Response withoutNote = api.post(path(id, "approve"), DAVE, null);
        assertThat(withoutNote.status()).as("%s", withoutNote).isEqualTo(400);
        assertThat(withoutNote.problemFields()).containsExactly("correctionNote");
        assertThat(api.post(path(id, "approve"), DAVE, "{\"correctionNote\": \" \"}").problemFields())
                .containsExactly("correctionNote");
        Api.Response htmlNote = api.post(path(id, "approve"), DAVE, "{\"correctionNote\": \"<b>Fixed</b>\"}");
        assertThat(htmlNote.problemFields()).as("%s", htmlNote).containsExactly("correctionNote");
        // Four eyes on a correction, too: neither its last editor nor the story's author may approve it.
        assertThat(api.post(path(id, "approve"), CAROL, "{\"correctionNote\": \"Vote count added.\"}").status())
                .isEqualTo(403);
        assertThat(api.post(path(id, "approve"), ALICE, "{\"correctionNote\": \"Vote count added.\"}").status())
                .isEqualTo(403);
        assertThat(count("SELECT count(*) FROM story_versions WHERE story_id = ?", UUID.fromString(id))).isEqualTo(1);

        Api.Response approved = api.post(path(id, "approve"), DAVE,
                "{\"correctionNote\": \"An earlier version did not give the result of the vote.\"}");
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(approved.json()).containsEntry("status", "APPROVED").containsEntry("currentVersion", 2)
                .containsEntry("live", true).containsEntry("firstPublishedAt", firstPublishedAt.toString());

        List<TopicEvent> published = awaitEvents(STORIES_TOPIC, id, 2, EVENT_TIMEOUT);
        assertThat(published).extracting(TopicEvent::payload).allMatch(StoryPublished.class::isInstance);
        StoryPublished first = (StoryPublished) published.get(0).payload();
        StoryPublished correction = (StoryPublished) published.get(1).payload();
        assertThat(first.getVersion()).isEqualTo(1);
        assertThat(first.getCorrectionNote()).isNull();
        assertThat(correction.getVersion()).isEqualTo(2);
        assertThat(correction.getSlug()).isEqualTo(slug).isEqualTo(first.getSlug());
        assertThat(correction.getFirstPublishedAt()).isEqualTo(firstPublishedAt).isEqualTo(first.getFirstPublishedAt());
        assertThat(correction.getPublishedAt()).isAfter(firstPublishedAt);
        assertThat(correction.getCorrectionNote()).isEqualTo("An earlier version did not give the result of the vote.");
        assertThat(correction.getHeadline()).isEqualTo(CORRECTED_HEADLINE);
        assertThat(correction.getApprovedBy()).isEqualTo("dave");
        assertThat(correction.getAuthor()).isEqualTo("alice");

        Map<String, Object> version1 = api.get(path(id, "versions/1")).json();
        assertThat(version1).containsEntry("version", 1).containsEntry("approvedBy", "bob")
                .containsEntry("headline", SampleStory.content().headline()).doesNotContainKey("correctionNote");
        Map<String, Object> version2 = api.get(path(id, "versions/2")).json();
        assertThat(version2).containsEntry("version", 2).containsEntry("headline", CORRECTED_HEADLINE)
                .containsEntry("correctionNote", "An earlier version did not give the result of the vote.")
                .containsEntry("firstPublishedAt", firstPublishedAt.toString());
        assertThat(list(api.get(path(id, "versions")))).extracting(v -> v.get("version"), v -> v.get("headline"),
                v -> v.get("correctionNote")).containsExactly(
                tuple(1, SampleStory.content().headline(), null),
                tuple(2, CORRECTED_HEADLINE, "An earlier version did not give the result of the vote."));
        assertThat(history(id)).extracting(e -> e.get("action"), e -> e.get("version"), e -> e.get("comment"))
                .endsWith(tuple("APPROVED", 2, "An earlier version did not give the result of the vote."));
    }

    @Test
    void aFirstPublicationCarriesNoCorrectionNote() {
        String id = create(ALICE);
        submit(id, ALICE);

        Api.Response refused = api.post(path(id, "approve"), BOB, "{\"correctionNote\": \"Nothing to correct.\"}");

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.problemFields()).containsExactly("correctionNote");
        assertThat(api.post(path(id, "approve"), BOB, "{}").status()).isEqualTo(200);
    }

    @Test
    void aRetractedStoryIsTakenDownAndDownstreamIsTold() {
        String id = published();
        String slug = (String) api.get("/api/stories/" + id).json().get("slug");

        Api.Response withoutReason = api.post(path(id, "retract"), ERIN, "{\"reason\": \"\"}");
        assertThat(withoutReason.status()).as("%s", withoutReason).isEqualTo(400);
        assertThat(withoutReason.problemFields()).containsExactly("reason");
        assertThat(api.post(path(id, "retract"), ERIN, null).problemFields()).containsExactly("reason");

        Api.Response retracted = api.post(path(id, "retract"), ERIN,
                "{\"reason\": \"The finance office withdrew the cost comparison the story relies on.\"}");
        assertThat(retracted.status()).as("%s", retracted).isEqualTo(200);
        assertThat(retracted.json()).containsEntry("status", "RETRACTED").containsEntry("currentVersion", 1)
                .containsEntry("live", false);

        List<TopicEvent> sent = awaitEvents(STORIES_TOPIC, id, 2, EVENT_TIMEOUT);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).type()).isEqualTo(StoryRetracted.getClassSchema().getFullName());
        assertThat(sent.get(1).key()).isEqualTo(id);
        StoryRetracted event = (StoryRetracted) sent.get(1).payload();
        assertThat(event.getStoryId()).isEqualTo(id);
        assertThat(event.getSlug()).isEqualTo(slug);
        assertThat(event.getTopicSlug()).isEqualTo("ai");
        assertThat(event.getReason()).isEqualTo("The finance office withdrew the cost comparison the story relies on.");
        assertThat(event.getRetractedBy()).isEqualTo("erin");
        assertThat(event.getRetractedAt()).isEqualTo(Instant.parse((String) retracted.json().get("updatedAt")));
        assertThat(history(id)).extracting(e -> e.get("action"), e -> e.get("actor"), e -> e.get("version"),
                e -> e.get("comment")).endsWith(tuple("RETRACTED", "erin", 1,
                "The finance office withdrew the cost comparison the story relies on."));

        // Final: nothing more happens to it, and what was published can still be read back.
        assertThat(api.put("/api/stories/" + id, ALICE, SampleStory.json()).status()).isEqualTo(409);
        assertThat(api.post(path(id, "submit"), ALICE, null).status()).isEqualTo(409);
        Api.Response approve = api.post(path(id, "approve"), BOB, "{\"correctionNote\": \"Back.\"}");
        assertThat(approve.status()).as("%s", approve).isEqualTo(409);
        assertThat(approve.contentType()).startsWith("application/problem+json");
        assertThat(api.post(path(id, "reject"), BOB, "{\"comments\": \"No.\"}").status()).isEqualTo(409);
        assertThat(api.post(path(id, "retract"), ERIN, "{\"reason\": \"Again.\"}").status()).isEqualTo(409);
        assertThat(api.get(path(id, "versions/1")).status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM outbox WHERE message_key = ?", id)).isEqualTo(2);
    }

    @Test
    void aStoryCanBeRetractedWhileItsCorrectionIsInReview() {
        String id = published();
        api.put("/api/stories/" + id, CAROL, SampleStory.json(story -> story.put("headline", CORRECTED_HEADLINE)));
        submit(id, CAROL);

        Api.Response retracted = api.post(path(id, "retract"), ERIN, "{\"reason\": \"Legal request.\"}");

        assertThat(retracted.status()).as("%s", retracted).isEqualTo(200);
        assertThat(retracted.json()).containsEntry("status", "RETRACTED").containsEntry("currentVersion", 1);
        assertThat(api.post(path(id, "approve"), DAVE, "{\"correctionNote\": \"Too late.\"}").status())
                .isEqualTo(409);
        assertThat(count("SELECT count(*) FROM story_versions WHERE story_id = ?", UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void onlyAnEditorMayCorrectAPublishedStory() {
        String id = published();

        Api.Response refused = api.put("/api/stories/" + id, ALICE,
                SampleStory.json(story -> story.put("headline", CORRECTED_HEADLINE)));

        assertThat(refused.status()).as("%s", refused).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(api.get("/api/stories/" + id).json()).containsEntry("status", "APPROVED")
                .containsEntry("lastEditor", "alice");
    }

    @Test
    void aStoryNeverPublishedCannotBeRetracted() {
        String id = create(ALICE);

        Api.Response refused = api.post(path(id, "retract"), ERIN, "{\"reason\": \"Changed our minds.\"}");

        assertThat(refused.status()).as("%s", refused).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM outbox WHERE message_key = ?", id)).isZero();
        assertThat(history(id)).isEmpty();
    }

    @Test
    void theStoryAndItsVersionsShowWhatIsComputed() {
        String id = create(ALICE);

        // The sample's 6 sources come from 6 outlets and speak for 3 perspectives (3, 1 and 2 of them).
        assertThat(api.get("/api/stories/" + id).json()).containsEntry("outletCount", 6)
                .containsEntry("viewpointCount", 3).containsEntry("readingTimeMinutes", 4)
                .containsEntry("perspectiveShares", Map.of("city-hall", 50, "vendors", 17, "civil-society", 33));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> perspectives = (List<Map<String, Object>>) api.get("/api/stories/" + id).json()
                .get("perspectives");
        assertThat(perspectives).allSatisfy(p -> assertThat(p).doesNotContainKey("share"));

        submit(id, ALICE);
        api.post(path(id, "approve"), BOB, null);
        assertThat(api.get(path(id, "versions/1")).json()).containsEntry("outletCount", 6)
                .containsEntry("viewpointCount", 3).containsEntry("readingTimeMinutes", 4);
    }

    @Test
    void theHistoryOfAnUnknownStoryIsNotFound() {
        assertThat(api.get(path(UUID.randomUUID().toString(), "reviews")).status()).isEqualTo(404);
        assertThat(api.get(path(UUID.randomUUID().toString(), "versions")).status()).isEqualTo(404);
    }

    private String create(Caller author) {
        Api.Response created = api.post("/api/stories", author, SampleStory.json());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return (String) created.json().get("id");
    }

    private void submit(String id, Caller user) {
        Api.Response submitted = api.post(path(id, "submit"), user, null);
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
    }

    private String published() {
        String id = create(ALICE);
        submit(id, ALICE);
        Api.Response approved = api.post(path(id, "approve"), BOB, null);
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        return id;
    }

    private List<Map<String, Object>> history(String id) {
        Api.Response history = api.get(path(id, "reviews"));
        assertThat(history.status()).as("%s", history).isEqualTo(200);
        return list(history);
    }

    private static List<Map<String, Object>> list(Api.Response response) {
        return response.jsonList();
    }

    private static String path(String id, String step) {
        return "/api/stories/" + id + "/" + step;
    }
}
