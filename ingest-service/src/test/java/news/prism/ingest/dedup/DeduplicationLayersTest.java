package news.prism.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.SourceIngested;
import news.prism.ingest.support.ApiClient.Response;
import news.prism.ingest.support.Articles;
import news.prism.ingest.support.HttpIntakeTest;
import news.prism.testkit.Caller;
import org.junit.jupiter.api.Test;

/**
 * The near-duplicate layer and the layer counters, against a real PostgreSQL and Kafka: a lightly edited copy of an
 * article under another address is stored, linked to the original and announced; every layer's matches are counted.
 */
@MicronautTest(transactional = false)
class DeduplicationLayersTest extends HttpIntakeTest {

    private static final Caller USER = Caller.newsroom("copy-desk");

    @Test
    void storesALightlyEditedCopyLinkedToTheOriginalAndAnnouncesIt() {
        String strike = Articles.text("harbour-strike");
        String edited = Articles.lightlyEdited(strike);
        double nearDuplicatesBefore = counter("prism.ingest.dedup", "layer:near-duplicate");

        Response original = api.post("/api/sources", article("https://port-news.example/strike", strike), USER);
        Response copy = api.post("/api/sources", article("https://aggregator.example/a/981", edited), USER);
        Response copyAgain = api.post("/api/sources", article("https://another.example/strike-ends", edited), USER);
        Response unrelated = api.post("/api/sources",
                article("https://city.example/budget", Articles.text("council-budget")), USER);

        String originalId = original.string("id");
        String copyId = copy.string("id");
        assertThat(original.body()).doesNotContainKeys("nearDuplicateOf", "similarity");
        assertThat(copy.status()).isEqualTo(201);
        assertThat(copy.body()).containsEntry("status", "INGESTED").containsEntry("nearDuplicateOf", originalId);
        assertThat((Double) copy.body().get("similarity")).isGreaterThanOrEqualTo(0.8).isLessThan(1.0);
        assertThat(copyAgain.body()).containsEntry("status", "DUPLICATE").containsEntry("duplicateOf", copyId)
                .containsEntry("matchedBy", "content-hash");
        assertThat(unrelated.body()).containsEntry("status", "INGESTED").doesNotContainKey("nearDuplicateOf");

        assertThat(api.get("/api/sources/" + copyId).body()).containsEntry("nearDuplicateOf", originalId);
        assertThat(rows.string("SELECT near_duplicate_of FROM sources WHERE id = ?::uuid", copyId))
                .isEqualTo(originalId);
        SourceIngested announced = (SourceIngested) events.awaitKey(copyId, EVENT_TIMEOUT).getFirst().payload();
        assertThat(announced.getBody()).isEqualTo(edited);
        assertThat(announced.getNearDuplicateOf()).isEqualTo(originalId);
        assertThat(counter("prism.ingest.dedup", "layer:near-duplicate")).isEqualTo(nearDuplicatesBefore + 1);
    }

    @Test
    void countsTheMatchesOfEveryExactLayerAndEveryOutcome() {
        double urlBefore = counter("prism.ingest.dedup", "layer:canonical-url");
        double hashBefore = counter("prism.ingest.dedup", "layer:content-hash");
        double ingestedBefore = counter("prism.ingest.intake", "outcome:ingested", "channel:http");
        double rejectedBefore = counter("prism.ingest.intake", "outcome:rejected", "channel:http");
        String text = "A short report on " + UUID.randomUUID() + " that nobody else wrote.";
        String url = "https://counted.example/" + UUID.randomUUID();

        api.post("/api/sources", article(url, text), USER);
        api.post("/api/sources", article(url + "?utm_source=x", "Different text " + UUID.randomUUID()), USER);
        api.post("/api/sources", article("https://counted.example/copy/" + UUID.randomUUID(), text), USER);
        api.post("/api/sources", Map.of("url", "nowhere"), USER);

        assertThat(counter("prism.ingest.dedup", "layer:canonical-url")).isEqualTo(urlBefore + 1);
        assertThat(counter("prism.ingest.dedup", "layer:content-hash")).isEqualTo(hashBefore + 1);
        assertThat(counter("prism.ingest.intake", "outcome:ingested", "channel:http")).isEqualTo(ingestedBefore + 1);
        assertThat(counter("prism.ingest.intake", "outcome:rejected", "channel:http")).isEqualTo(rejectedBefore + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyLayerAndOutcomeIsCountedFromTheStart() {
        Response dedup = api.get("/metrics/prism.ingest.dedup");
        Response intake = api.get("/metrics/prism.ingest.intake");

        assertThat(dedup.status()).isEqualTo(200);
        assertThat(tagValues(dedup, "layer"))
                .containsExactlyInAnyOrder("guid", "canonical-url", "content-hash", "near-duplicate");
        assertThat(tagValues(intake, "channel")).containsExactlyInAnyOrder("http", "topic", "feed");
        assertThat(tagValues(intake, "outcome"))
                .containsExactlyInAnyOrder("ingested", "updated", "duplicate", "rejected");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> tagValues(Response metric, String tag) {
        List<Map<String, Object>> tags = (List<Map<String, Object>>) metric.body().get("availableTags");
        return tags.stream().filter(available -> tag.equals(available.get("tag")))
                .flatMap(available -> ((List<Object>) available.get("values")).stream()).toList();
    }

    /** The value of a counter at {@code /metrics}. */
    @SuppressWarnings("unchecked")
    private double counter(String name, String... tags) {
        StringBuilder path = new StringBuilder("/metrics/").append(name);
        for (int i = 0; i < tags.length; i++) {
            path.append(i == 0 ? '?' : '&').append("tag=").append(tags[i]);
        }
        Response metric = api.get(path.toString());
        assertThat(metric.status()).as(path.toString()).isEqualTo(200);
        List<Map<String, Object>> measurements = (List<Map<String, Object>>) metric.body().get("measurements");
        return ((Number) measurements.getFirst().get("value")).doubleValue();
    }

    private static Map<String, Object> article(String url, String body) {
        return Map.of("url", url, "title", "Article at " + url, "body", body);
    }
}
