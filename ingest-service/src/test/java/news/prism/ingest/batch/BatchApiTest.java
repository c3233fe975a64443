package news.prism.ingest.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.SourceIngested;
import news.prism.ingest.support.ApiClient.Response;
import news.prism.ingest.support.HttpIntakeTest;
import news.prism.testkit.Caller;
import org.junit.jupiter.api.Test;

/** {@code POST /api/sources/batch} against a real PostgreSQL and Kafka: per-element results, valid elements kept. */
@MicronautTest(transactional = false)
class BatchApiTest extends HttpIntakeTest {

    private static final Caller USER = Caller.newsroom("wire-desk");
    private static final String BATCH = "/api/sources/batch";
    private static final int MAX_SOURCES = 6;

    @Override
    protected Map<String, String> settings() {
        return Map.of(
                "prism.ingest.batch.max-sources", String.valueOf(MAX_SOURCES));
    }

    @Test
    void storesTheValidElementsAndAnswersForEachOne() {
        String earlierText = "Floods closed the " + unique() + " valley road.\n\nRepairs start Monday.";
        Map<String, Object> earlier = source("https://earlier.example/" + unique());
        earlier.put("body", earlierText);
        String earlierId = api.post("/api/sources", earlier, USER).string("id");
        long sourcesBefore = rows.sources();

        String slug = unique();
        Map<String, Object> first = source("https://wire.example/" + slug);
        Map<String, Object> sameAsFirst = source("https://WIRE.example/" + slug + "?utm_source=batch#top");
        Map<String, Object> broken = new HashMap<>(Map.of("url", "not a url", "title", " ", "body", "Text",
                "language", "klingon!"));
        Map<String, Object> html = source("https://wire.example/html/" + unique());
        html.put("body", "<h2>Storm</h2><p>Winds <b>rose</b> overnight in " + unique() + ".</p>");
        html.put("bodyFormat", "html");
        Map<String, Object> syndicated = source("https://syndicate.example/" + unique());
        syndicated.put("body", earlierText.toUpperCase());
        List<Map<String, Object>> elements = new ArrayList<>(Arrays.asList(first, sameAsFirst, broken, null, html,
                syndicated));

        Response answer = api.post(BATCH, Map.of("sources", elements), USER);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("ingested", 2).containsEntry("duplicates", 2)
                .containsEntry("rejected", 2);
        List<Map<String, Object>> results = answer.list("results");
        assertThat(results).extracting(result -> result.get("index")).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(results).extracting(result -> result.get("status"))
                .containsExactly("INGESTED", "DUPLICATE", "REJECTED", "REJECTED", "INGESTED", "DUPLICATE");
        String firstId = (String) results.get(0).get("id");
        assertThat(results.get(0)).containsEntry("url", "https://wire.example/" + slug).doesNotContainKey("errors");
        assertThat(results.get(1)).containsEntry("id", firstId).containsEntry("duplicateOf", firstId)
                .containsEntry("matchedBy", "canonical-url");
        assertThat(errorFields(results.get(2)))
                .containsExactlyInAnyOrder("sources[2].url", "sources[2].title", "sources[2].language");
        assertThat(errorFields(results.get(3))).containsExactly("sources[3]");
        assertThat(results.get(5)).containsEntry("duplicateOf", earlierId).containsEntry("matchedBy", "content-hash");

        String htmlId = (String) results.get(4).get("id");
        Response stored = api.get("/api/sources/" + htmlId);
        assertThat(stored.body()).containsEntry("bodyFormat", "html");
        assertThat(stored.string("body")).startsWith("Storm\n\nWinds rose overnight in ");

        assertThat(rows.sources()).isEqualTo(sourcesBefore + 2);
        assertThat(events.awaitKey(firstId, EVENT_TIMEOUT)).hasSize(1);
        SourceIngested htmlEvent = (SourceIngested) events.awaitKey(htmlId, EVENT_TIMEOUT).getFirst().payload();
        assertThat(htmlEvent.getBody()).isEqualTo(stored.string("body"));
        assertThat(events.keyAfter(earlierId, QUIET_PERIOD)).hasSize(1);
    }

    @Test
    void refusesABatchOverTheLimitAsAWholeAndStoresNothing() {
        long sourcesBefore = rows.sources();
        long outboxBefore = rows.outbox();
        List<Map<String, Object>> elements = new ArrayList<>();
        for (int i = 0; i <= MAX_SOURCES; i++) {
            elements.add(source("https://too-many.example/" + unique()));
        }

        Response refused = api.post(BATCH, Map.of("sources", elements), USER);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactly("sources");
        assertThat(refused.list("errors").getFirst())
                .containsEntry("message", "must hold at most " + MAX_SOURCES + " sources");
        assertThat(rows.sources()).isEqualTo(sourcesBefore);
        assertThat(rows.outbox()).isEqualTo(outboxBefore);
    }

    @Test
    void refusesWhatIsNoBatch() {
        long sourcesBefore = rows.sources();

        Response empty = api.post(BATCH, Map.of("sources", List.of()), USER);
        Response missing = api.post(BATCH, Map.of("items", List.of(source("https://x.example/" + unique()))), USER);
        Response notJson = api.post(BATCH, "{\"sources\": [{\"url\": ".getBytes(StandardCharsets.UTF_8),
                "application/json", USER);
        Response anonymous = api.post(BATCH, Map.of("sources", List.of(source("https://x.example/" + unique()))),
                null);

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).containsExactly("sources");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("sources");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(rows.sources()).isEqualTo(sourcesBefore);
    }

    @SuppressWarnings("unchecked")
    private static List<String> errorFields(Map<String, Object> result) {
        return ((List<Map<String, Object>>) result.get("errors")).stream()
                .map(error -> (String) error.get("field"))
                .toList();
    }

    private static Map<String, Object> source(String url) {
        Map<String, Object> source = new HashMap<>();
        source.put("url", url);
        source.put("title", "A title " + unique());
        source.put("body", "A batch body that no other test uses: " + unique());
        return source;
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }
}
