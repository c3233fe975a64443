package news.prism.story.candidate;

import static news.prism.story.cluster.NewsTexts.BRIDGE_COASTAL;
import static news.prism.story.cluster.NewsTexts.BRIDGE_HERALD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.SourceIngested;
import news.prism.story.Api;
import news.prism.story.ServiceTestSupport;
import news.prism.story.cluster.SourceText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A near-duplicate copy (ingest-service's nearDuplicateOf) is listed under its original, as one report. */
@MicronautTest(transactional = false)
class NearDuplicateCandidatesTest extends ServiceTestSupport {

    private static final String SOURCES = "ingest.sources.v1.near-duplicates-test";
    private static final Duration HANDLED = Duration.ofSeconds(30);

    @Inject
    EmbeddedServer server;

    private Api api;

    @Override
    protected String name() {
        return "near_duplicates";
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
    void aCopyJoinsItsOriginalsCandidateAndIsCountedOnce() {
        // The copy arrives before any other report of the event, and again after it is in a candidate.
        ingest(BRIDGE_HERALD, "Lindenport Herald", null);
        awaitSources(1);
        ingest(copy(BRIDGE_HERALD, "wire-copy", 10), "Wire Service", BRIDGE_HERALD.sourceId());
        awaitMembers(2);
        ingest(BRIDGE_COASTAL, "Coastal Times", null);
        awaitMembers(3);
        // A copy of the copy: it goes with the report both repeat.
        ingest(copy(BRIDGE_HERALD, "radio-copy", 20), "Radio Lindenport", "wire-copy");
        awaitMembers(4);

        Api.Response listed = api.get("/api/candidates");
        assertThat(listed.status()).as("%s", listed).isEqualTo(200);
        List<Map<String, Object>> candidates = listed.jsonList();
        assertThat(candidates).hasSize(1);
        Map<String, Object> bridge = candidates.getFirst();
        assertThat(bridge).containsEntry("size", 2);
        List<Map<String, Object>> reports = list(bridge, "sources");
        assertThat(reports).extracting(report -> report.get("sourceId"))
                .containsExactly(BRIDGE_HERALD.sourceId(), BRIDGE_COASTAL.sourceId());
        assertThat(list(reports.getFirst(), "copies"))
                .extracting(copy -> copy.get("sourceId"), copy -> copy.get("outlet"))
                .containsExactly(tuple("wire-copy", "Wire Service"), tuple("radio-copy", "Radio Lindenport"));
        assertThat(list(reports.get(1), "copies")).isEmpty();
        // Copies are no keys: they never link candidates.
        assertThat(count("SELECT count(*) FROM candidate_keys WHERE source_id IN ('wire-copy', 'radio-copy')"))
                .isZero();
        assertThat(count("SELECT count(*) FROM candidate_members WHERE copy_of = ?", BRIDGE_HERALD.sourceId()))
                .isEqualTo(2);
    }

    @Test
    void aCopyOfAnUnknownSourceIsAReportOfItsOwn() {
        // Weeks later than the other test's reports, so that it is in no window of theirs.
        SourceText orphan = new SourceText("orphan-copy", BRIDGE_COASTAL.title(), BRIDGE_COASTAL.excerpt(),
                BRIDGE_COASTAL.time().plus(Duration.ofDays(60)));
        ingest(orphan, "Coastal Weekly", "never-seen");

        await().atMost(HANDLED).until(() ->
                count("SELECT count(*) FROM candidate_keys WHERE source_id = ?", orphan.sourceId()) > 0);
        assertThat(count("SELECT count(*) FROM candidate_members WHERE source_id = ? AND copy_of IS NOT NULL",
                orphan.sourceId())).isZero();
    }

    private void awaitSources(long count) {
        await().atMost(HANDLED).until(() ->
                count("SELECT count(*) FROM sources WHERE source_id NOT LIKE 'orphan%'") == count);
    }

    private void awaitMembers(long count) {
        await().atMost(HANDLED).until(() ->
                count("SELECT count(*) FROM candidate_members WHERE source_id NOT LIKE 'orphan%'") == count);
    }

    private static SourceText copy(SourceText original, String id, int minutesLater) {
        return new SourceText(id, original.title(), original.excerpt(),
                original.time().plus(Duration.ofMinutes(minutesLater)));
    }

    private void ingest(SourceText text, String outlet, String nearDuplicateOf) {
        events.send(SOURCES, text.sourceId(), UUID.randomUUID().toString(), SourceIngested.newBuilder()
                .setSourceId(text.sourceId())
                .setOutlet(outlet)
                .setUrl("https://news.example/" + text.sourceId())
                .setTitle(text.title())
                .setBody(text.excerpt())
                .setPublishedAt(text.time())
                .setLanguage("en")
                .setContentHash("0".repeat(64))
                .setIngestedAt(text.time().plusSeconds(60))
                .setWordCount(text.excerpt().split(" ").length)
                .setNearDuplicateOf(nearDuplicateOf)
                .build());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> json, String field) {
        return (List<Map<String, Object>>) json.get(field);
    }
}
