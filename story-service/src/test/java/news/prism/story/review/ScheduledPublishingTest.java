package news.prism.story.review;

import static news.prism.story.Staff.ALICE;
import static news.prism.story.Staff.BOB;
import static news.prism.story.Staff.CAROL;
import static news.prism.story.Staff.DAVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.prism.events.StoryPublished;
import news.prism.story.Api;
import news.prism.story.SampleStory;
import news.prism.story.ServiceTestSupport;
import news.prism.story.publish.DuePublications;
import news.prism.story.publish.StoryVersion;
import news.prism.testkit.Caller;
import news.prism.testkit.MovableClock;
import news.prism.testkit.TopicEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Approving with {@code publishAt}: approved now, published once when due (by racing pollers, by an instance that
 * started after the approval), moved and cancelled before; and the approver's {@code notifySubscribers} on a
 * correction's StoryPublished, read from the real topic. The clock is moved, the pollers are called by the test.
 */
@MicronautTest(transactional = false)
class ScheduledPublishingTest extends ServiceTestSupport {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration LEAD = Duration.ofMinutes(5);

    @Inject
    EmbeddedServer server;
    @Inject
    MovableClock clock;
    @Inject
    DuePublications due;

    private Api api;
    private Map<String, String> properties;

    @Override
    protected String name() {
        return "scheduling";
    }

    @Override
    public Map<String, String> getProperties() {
        properties = new HashMap<>(super.getProperties());
        properties.put(MovableClock.PROPERTY, "true");
        properties.put("prism.publishing.schedule.enabled", "false");
        return properties;
    }

    @BeforeAll
    void connect() {
        api = new Api(server.getURI());
    }

    @Test
    void aScheduledStoryIsApprovedNowAndPublishedOnceWhenDue() throws Exception {
        String id = inReview();
        Instant publishAt = clock.instant().plus(LEAD);

        Api.Response approved = approve(id, BOB, "{\"publishAt\": \"" + publishAt + "\"}");

        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(approved.json()).containsEntry("status", "SCHEDULED").doesNotContainKey("currentVersion");
        assertThat(api.get("/api/stories/" + id + "/schedule").json()).containsEntry("storyId", id)
                .containsEntry("version", 1).containsEntry("publishAt", publishAt.toString())
                .containsEntry("approvedBy", "bob").containsEntry("notifySubscribers", false);
        assertThat(listed(id)).containsEntry("status", "SCHEDULED").containsEntry("publishAt", publishAt.toString());
        assertThat(api.post("/api/stories/" + id + "/approve", CAROL, null).status()).isEqualTo(409);
        assertThat(api.put("/api/stories/" + id, ALICE, SampleStory.json()).status()).isEqualTo(409);

        clock.advance(LEAD.minusSeconds(30));
        publishDueRacing();
        assertThat(versions(id)).isZero();

        clock.advance(Duration.ofMinutes(1));
        publishDueRacing();

        assertThat(versions(id)).isOne();
        assertThat(api.get("/api/stories/" + id).json()).containsEntry("status", "APPROVED")
                .containsEntry("currentVersion", 1);
        assertThat(api.get("/api/stories/" + id + "/schedule").status()).isEqualTo(404);
        StoryPublished event = (StoryPublished) awaitEvents(STORIES_TOPIC, id, 1, EVENT_TIMEOUT).getFirst().payload();
        assertThat(event.getVersion()).isEqualTo(1);
        assertThat(event.getApprovedBy()).isEqualTo("bob");
        assertThat(event.getPublishedAt()).isAfter(publishAt);
        assertThat(count("SELECT count(*) FROM outbox WHERE message_key = ?", id)).isOne();
        assertThat(api.delete("/api/stories/" + id + "/schedule", BOB).status()).isEqualTo(409);
        Api.Response lateMove = api.put("/api/stories/" + id + "/schedule", BOB,
                "{\"publishAt\": \"" + clock.instant().plus(LEAD) + "\"}");
        assertThat(lateMove.status()).as("%s", lateMove).isEqualTo(409);
        assertThat(lateMove.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anInstanceStartedAfterTheApprovalPublishesItOnce() {
        String id = inReview();
        Instant publishAt = clock.instant().plus(LEAD);
        assertThat(approve(id, BOB, "{\"publishAt\": \"" + publishAt + "\"}").status()).isEqualTo(200);

        try (ApplicationContext restarted = ApplicationContext.run(new HashMap<String, Object>(properties), "test")) {
            restarted.getBean(MovableClock.class).advance(Duration.between(Instant.now(), publishAt).plusSeconds(30));
            StoryVersion published = restarted.getBean(DuePublications.class).publishNext().orElseThrow();
            assertThat(published.storyId().toString()).isEqualTo(id);
        }
        clock.advance(LEAD.plusSeconds(30));
        publishDueRacing();

        assertThat(versions(id)).isOne();
        assertThat(awaitEvents(STORIES_TOPIC, id, 2, Duration.ofSeconds(5))).hasSize(1);
    }

    @Test
    void aScheduleCanBeMovedAndCancelledBeforeItIsDue() {
        String id = inReview();
        Instant publishAt = clock.instant().plus(LEAD);
        assertThat(approve(id, BOB, "{\"publishAt\": \"" + publishAt + "\"}").status()).isEqualTo(200);

        Instant later = publishAt.plus(LEAD);
        Api.Response moved = api.put("/api/stories/" + id + "/schedule", CAROL, "{\"publishAt\": \"" + later + "\"}");
        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        assertThat(moved.json()).containsEntry("publishAt", later.toString()).containsEntry("approvedBy", "bob");
        assertProblem(api.put("/api/stories/" + id + "/schedule", CAROL,
                "{\"publishAt\": \"" + clock.instant().minusSeconds(1) + "\"}"), "publishAt");
        assertThat(api.put("/api/stories/" + id + "/schedule", ALICE, "{\"publishAt\": \"" + later + "\"}").status())
                .isEqualTo(403);

        clock.advance(LEAD.plusSeconds(30));
        publishDueRacing();
        assertThat(versions(id)).isZero();

        Api.Response cancelled = api.delete("/api/stories/" + id + "/schedule", CAROL);
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        assertThat(cancelled.json()).containsEntry("status", "IN_REVIEW");
        assertThat(api.get("/api/stories/" + id + "/reviews").jsonList()).extracting(entry -> entry.get("action"))
                .containsExactly("SUBMITTED", "APPROVED", "RESCHEDULED", "UNSCHEDULED");
        clock.advance(LEAD);
        publishDueRacing();
        assertThat(versions(id)).isZero();

        assertThat(approve(id, CAROL, null).json()).containsEntry("status", "APPROVED").containsEntry("currentVersion", 1);
    }

    @Test
    void aBadScheduleIsRefusedByNameAndChangesNothing() {
        String id = inReview();

        assertProblem(approve(id, BOB, "{\"publishAt\": \"" + clock.instant().minusSeconds(60) + "\"}"), "publishAt");
        assertProblem(approve(id, BOB, "{\"publishAt\": \"tomorrow\"}"), "publishAt");
        assertProblem(approve(id, BOB, "{\"notifySubscribers\": true}"), "notifySubscribers");

        assertThat(api.get("/api/stories/" + id).json()).containsEntry("status", "IN_REVIEW");
        assertThat(count("SELECT count(*) FROM scheduled_publications WHERE story_id = ?::uuid", id)).isZero();
        assertThat(count("SELECT count(*) FROM outbox WHERE message_key = ?", id)).isZero();
        assertThat(api.get("/api/stories/" + id + "/schedule").status()).isEqualTo(404);
    }

    @Test
    void whetherACorrectionIsMailedIsTheApprovingEditorsChoice() {
        String id = inReview();
        assertThat(approve(id, BOB, null).status()).isEqualTo(200);
        correct(id, CAROL, "First correction.");
        assertThat(approve(id, DAVE, "{\"correctionNote\": \"Fixed a figure.\", \"notifySubscribers\": true}")
                .status()).isEqualTo(200);
        correct(id, CAROL, "Second correction.");
        assertThat(approve(id, DAVE, "{\"correctionNote\": \"Fixed a typo.\"}").status()).isEqualTo(200);

        List<TopicEvent> events = awaitEvents(STORIES_TOPIC, id, 3, EVENT_TIMEOUT);

        assertThat(events).extracting(event -> ((StoryPublished) event.payload()).getNotifySubscribers())
                .containsExactly(false, true, false);
        assertThat(events).extracting(event -> ((StoryPublished) event.payload()).getCorrectionNote())
                .containsExactly(null, "Fixed a figure.", "Fixed a typo.");
    }

    private void correct(String id, Caller editor, String paragraph) {
        Api.Response corrected = api.put("/api/stories/" + id, editor,
                SampleStory.json(story -> SampleStory.item(story, "body", 0).put("text", paragraph)));
        assertThat(corrected.status()).as("%s", corrected).isEqualTo(200);
        assertThat(api.post("/api/stories/" + id + "/submit", editor, null).status()).isEqualTo(200);
    }

    /** Two pollers publishing whatever is due at once, as two instances would. */
    private void publishDueRacing() {
        ExecutorService pollers = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> poller = () -> {
                int published = 0;
                while (due.publishNext().isPresent()) {
                    published++;
                }
                return published;
            };
            for (Future<Integer> round : pollers.invokeAll(List.of(poller, poller))) {
                round.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pollers.shutdownNow();
        }
    }

    private String inReview() {
        String id = (String) api.post("/api/stories", ALICE, SampleStory.json()).json().get("id");
        assertThat(api.post("/api/stories/" + id + "/submit", ALICE, null).status()).isEqualTo(200);
        return id;
    }

    private Api.Response approve(String id, Caller editor, String body) {
        return api.post("/api/stories/" + id + "/approve", editor, body);
    }

    private long versions(String id) {
        return count("SELECT count(*) FROM story_versions WHERE story_id = ?::uuid", id);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> listed(String id) {
        return ((List<Map<String, Object>>) api.get("/api/stories?limit=100").json().get("items")).stream()
                .filter(item -> id.equals(item.get("id"))).findFirst().orElseThrow();
    }

    private static void assertProblem(Api.Response response, String field) {
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemFields()).containsExactly(field);
    }
}
