package news.prism.story.candidate;

import static news.prism.story.Staff.ALICE;
import static news.prism.story.Staff.BOB;
import static news.prism.story.SampleStory.list;
import static news.prism.story.cluster.NewsTexts.BRIDGE_COASTAL;
import static news.prism.story.cluster.NewsTexts.BRIDGE_HERALD;
import static news.prism.story.cluster.NewsTexts.BRIDGE_RADIO;
import static news.prism.story.cluster.NewsTexts.BUDGET;
import static news.prism.story.cluster.NewsTexts.FERRY_STRIKE;
import static news.prism.story.cluster.NewsTexts.HEAT_HERALD;
import static news.prism.story.cluster.NewsTexts.HEAT_RADIO;
import static news.prism.story.cluster.NewsTexts.RATES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.SourceIngested;
import news.prism.story.Api;
import news.prism.story.SampleStory;
import news.prism.story.ServiceTestSupport;
import news.prism.story.cluster.SourceText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Story candidates from sources fed through the real broker, encoded as ingest-service's outbox relay sends them,
 * then listed and turned into a story over HTTP. The steps build on each other, so they run in order.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoryCandidatesTest extends ServiceTestSupport {

    // A topic of this class's own: other test classes' sources would otherwise join the candidates.
    private static final String SOURCES = "ingest.sources.v1.candidates-test";
    private static final Duration HANDLED = Duration.ofSeconds(30);
    private static final Duration INGEST_DELAY = Duration.ofMinutes(10);
    private static final Map<String, String> OUTLETS = Map.of(
            BRIDGE_HERALD.sourceId(), "Lindenport Herald", BRIDGE_COASTAL.sourceId(), "Coastal Times",
            BRIDGE_RADIO.sourceId(), "Radio Lindenport", HEAT_HERALD.sourceId(), "Lindenport Herald",
            HEAT_RADIO.sourceId(), "Radio Lindenport", BUDGET.sourceId(), "Lindenport Herald",
            FERRY_STRIKE.sourceId(), "Coastal Times", RATES.sourceId(), "Wire Service");

    @Inject
    EmbeddedServer server;

    private Api api;

    @Override
    protected String name() {
        return "candidates";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        infrastructure.createTopics(SOURCES);
        properties.put("prism.topics.sources", SOURCES);
        return properties;
    }

    @BeforeAll
    void connect() {
        api = new Api(server.getURI());
    }

    @Test
    @Order(1)
    void reportsOfOneEventAreListedAsOneCandidate() {
        for (SourceText text : List.of(BRIDGE_RADIO, BUDGET, HEAT_HERALD, BRIDGE_HERALD, RATES, FERRY_STRIKE,
                HEAT_RADIO, BRIDGE_COASTAL)) {
            ingest(text, text.title(), text.time().plus(INGEST_DELAY));
        }
        await().atMost(HANDLED).until(() -> count("SELECT count(*) FROM sources") == 8);

        List<Map<String, Object>> candidates = candidates();

        assertThat(candidates).extracting(c -> c.get("size")).containsExactly(3, 2);
        Map<String, Object> bridge = candidates.getFirst();
        assertThat(UUID.fromString((String) bridge.get("id"))).isNotNull();
        assertThat(sourcesOf(bridge)).extracting(s -> s.get("sourceId"), s -> s.get("outlet"), s -> s.get("title"),
                s -> s.get("url"), s -> s.get("publishedAt")).containsExactly(
                row(BRIDGE_HERALD), row(BRIDGE_COASTAL), row(BRIDGE_RADIO));
        assertThat(sourcesOf(bridge).getFirst().get("excerpt")).asString().startsWith("Lindenport closed the Harbour");
        assertThat(bridge).containsEntry("firstSeen", BRIDGE_HERALD.time().plus(INGEST_DELAY).toString())
                .containsEntry("lastSeen", BRIDGE_RADIO.time().plus(INGEST_DELAY).toString());
        assertThat(sourcesOf(candidates.get(1))).extracting(s -> s.get("sourceId"))
                .containsExactly(HEAT_HERALD.sourceId(), HEAT_RADIO.sourceId());
    }

    @Test
    @Order(2)
    void aSourceIngestedAgainKeepsItsPlace() {
        String eventId = UUID.randomUUID().toString();
        Instant later = BRIDGE_RADIO.time().plus(Duration.ofHours(3));
        ingest(BRIDGE_RADIO, "Harbour Bridge closed for three weeks: your questions answered", later, eventId);
        await().atMost(HANDLED).until(() -> count("SELECT count(*) FROM inbox WHERE event_id = ?", eventId) == 1);

        Map<String, Object> bridge = candidates().getFirst();
        assertThat(sourcesOf(bridge)).extracting(s -> s.get("sourceId"), s -> s.get("title")).containsExactly(
                tuple(BRIDGE_HERALD.sourceId(), BRIDGE_HERALD.title()),
                tuple(BRIDGE_COASTAL.sourceId(), BRIDGE_COASTAL.title()),
                tuple(BRIDGE_RADIO.sourceId(), "Harbour Bridge closed for three weeks: your questions answered"));
        assertThat(bridge).containsEntry("lastSeen", later.toString());
        assertThat(count("SELECT count(*) FROM candidate_clusters")).isEqualTo(2);
    }

    @Test
    @Order(3)
    void startingAStoryNeedsAnAuthorAndATopic() {
        String bridge = (String) candidates().getFirst().get("id");

        assertThat(api.post(storyFrom(bridge), null, topic()).status()).isEqualTo(401);
        Api.Response withoutTopic = api.post(storyFrom(bridge), ALICE, null);
        assertThat(withoutTopic.status()).as("%s", withoutTopic).isEqualTo(400);
        assertThat(withoutTopic.contentType()).startsWith("application/problem+json");
        assertThat(withoutTopic.problemFields()).containsExactly("topic");
        assertThat(api.post(storyFrom(bridge), ALICE, "{}").problemFields()).containsExactly("topic");
        Api.Response badTopic = api.post(storyFrom(bridge), ALICE, "{\"topic\": {\"slug\": \"Harbour Bridge\"}}");
        assertThat(badTopic.problemFields()).as("%s", badTopic).containsExactlyInAnyOrder("topic.slug", "topic.name");
        assertThat(api.post(storyFrom(UUID.randomUUID().toString()), ALICE, topic()).status()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM stories")).isZero();
    }

    @Test
    @Order(4)
    void anEditorStartsADraftFromACandidateWithItsSourcesNumbered() {
        String bridge = (String) candidates().getFirst().get("id");

        Api.Response started = api.post(storyFrom(bridge), ALICE, topic());

        assertThat(started.status()).as("%s", started).isEqualTo(201);
        Map<String, Object> story = started.json();
        String id = (String) story.get("id");
        assertThat(started.location()).isEqualTo("/api/stories/" + id);
        assertThat(story).containsEntry("status", "DRAFT").containsEntry("author", "alice")
                .containsEntry("format", "explainer").containsEntry("headline", BRIDGE_HERALD.title())
                .containsEntry("slug", "harbour-bridge-closed-after-engineers-find-crack-in-main-girder")
                .containsEntry("topic", Map.of("slug", "lindenport", "name", "Lindenport"))
                .containsEntry("perspectives", List.of()).containsEntry("outletCount", 3)
                .containsEntry("viewpointCount", 0);
        assertThat(sourcesOf(story)).extracting(s -> s.get("n"), s -> s.get("sourceId"), s -> s.get("outlet"),
                s -> s.get("url")).containsExactly(
                tuple(1, BRIDGE_HERALD.sourceId(), "Lindenport Herald", url(BRIDGE_HERALD)),
                tuple(2, BRIDGE_COASTAL.sourceId(), "Coastal Times", url(BRIDGE_COASTAL)),
                tuple(3, BRIDGE_RADIO.sourceId(), "Radio Lindenport", url(BRIDGE_RADIO)));
        assertThat(sourcesOf(story)).allSatisfy(source -> assertThat(source).doesNotContainKey("perspective"));

        // Its sources are taken: the candidate is gone, and cannot be started twice.
        assertThat(candidates()).extracting(c -> c.get("size")).containsExactly(2);
        assertThat(api.post(storyFrom(bridge), BOB, topic()).status()).isEqualTo(409);

        // Until an editor completes it, it cannot go to review.
        Api.Response incomplete = api.post("/api/stories/" + id + "/submit", ALICE, null);
        assertThat(incomplete.status()).as("%s", incomplete).isEqualTo(400);
        assertThat(incomplete.problemFields()).as("%s", incomplete)
                .contains("dek", "byline", "body", "sources[0].perspective");
        assertThat(api.get("/api/stories/" + id).json()).containsEntry("status", "DRAFT");

        Api.Response completed = api.put("/api/stories/" + id, ALICE, SampleStory.json(tree -> {
            tree.put("topic", Map.of("slug", "lindenport", "name", "Lindenport"));
            for (int i = 0; i < 3; i++) {
                list(tree, "sources").set(i, Map.of("sourceId", List.of(BRIDGE_HERALD, BRIDGE_COASTAL,
                        BRIDGE_RADIO).get(i).sourceId(), "perspective", "city-hall"));
            }
        }));
        assertThat(completed.status()).as("%s", completed).isEqualTo(200);
        assertThat(api.post("/api/stories/" + id + "/submit", ALICE, null).status()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void aCandidateWithOnlyOneSourceLeftIsNoCandidate() {
        String heat = (String) candidates().getFirst().get("id");
        Api.Response citing = api.post("/api/stories", BOB, SampleStory.json(tree ->
                list(tree, "sources").set(4, Map.of("sourceId", HEAT_RADIO.sourceId(), "perspective", "civil-society"))));
        assertThat(citing.status()).as("%s", citing).isEqualTo(201);

        assertThat(candidates()).isEmpty();
        assertThat(api.post(storyFrom(heat), BOB, topic()).status()).isEqualTo(409);
    }

    private void ingest(SourceText text, String title, Instant ingestedAt) {
        ingest(text, title, ingestedAt, UUID.randomUUID().toString());
    }

    private void ingest(SourceText text, String title, Instant ingestedAt, String eventId) {
        events.send(SOURCES, text.sourceId(), eventId, SourceIngested.newBuilder()
                .setSourceId(text.sourceId())
                .setOutlet(OUTLETS.get(text.sourceId()))
                .setUrl(url(text))
                .setTitle(title)
                .setBody(text.excerpt())
                .setPublishedAt(text.time())
                .setLanguage("en")
                .setContentHash("0".repeat(64))
                .setIngestedAt(ingestedAt)
                .setWordCount(text.excerpt().split(" ").length)
                .build());
    }

    private List<Map<String, Object>> candidates() {
        Api.Response listed = api.get("/api/candidates");
        assertThat(listed.status()).as("%s", listed).isEqualTo(200);
        return listed.jsonList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sourcesOf(Map<String, Object> candidateOrStory) {
        return (List<Map<String, Object>>) candidateOrStory.get("sources");
    }

    private static org.assertj.core.groups.Tuple row(SourceText text) {
        return tuple(text.sourceId(), OUTLETS.get(text.sourceId()), text.title(), url(text), text.time().toString());
    }

    private static String url(SourceText text) {
        return "https://news.example/" + text.sourceId();
    }

    private static String storyFrom(String candidateId) {
        return "/api/candidates/" + candidateId + "/story";
    }

    private static String topic() {
        return "{\"topic\": {\"slug\": \"lindenport\", \"name\": \"Lindenport\"}}";
    }
}
