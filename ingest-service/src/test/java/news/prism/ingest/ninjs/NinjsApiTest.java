package news.prism.ingest.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.SourceIngested;
import news.prism.ingest.support.ApiClient.Response;
import news.prism.ingest.support.HttpIntakeTest;
import news.prism.testkit.Caller;
import news.prism.testkit.TopicEvent;
import org.junit.jupiter.api.Test;

/**
 * IPTC ninjs 2.x documents on {@code POST /api/sources}: read by their own field names, updated by uri and
 * versioncreated (every version kept, each new one announced under the same source id), refused field by field.
 */
@MicronautTest(transactional = false)
class NinjsApiTest extends HttpIntakeTest {

    private static final String NINJS = "application/vnd.iptc.ninjs+json";
    private static final Caller USER = Caller.newsroom("agency-feed");

    @Test
    void takesInATextItemByItsNinjsFields() {
        String slug = unique();
        Map<String, Object> item = item("https://ninjs.example.com/newsitems/" + slug, "2026-03-01T10:37:00+01:00");
        item.put("firstcreated", "2026-03-01T09:00:00+01:00");
        item.put("copyrightholder", "Example Agency");
        item.put("subjects", List.of(
                Map.of("name", "Elections", "uri", "http://cv.iptc.org/newscodes/mediatopic/11000000"),
                Map.of("literal", "budget")));
        item.put("bodies", List.of(
                Map.of("role", "main", "contenttype", "text/plain", "value", "Plain text of " + slug),
                Map.of("role", "richtext", "contenttype", "text/html",
                        "value", "<h2>Vote</h2><p>The council voted on " + slug + ".</p><ul><li>12 for</li></ul>")));

        Response created = post(item);

        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        assertThat(created.body())
                .containsEntry("status", "INGESTED")
                .containsEntry("url", "https://ninjs.example.com/newsitems/" + slug)
                .containsEntry("outlet", "Example Agency")
                .containsEntry("title", "Captain on trial " + slug)
                .containsEntry("body", "Vote\n\nThe council voted on " + slug + ".\n\n- 12 for")
                .containsEntry("bodyFormat", "html")
                .containsEntry("byline", "Paulo Santalucia and Frances d'Emilio")
                .containsEntry("subjects", List.of("Elections", "budget"))
                .containsEntry("language", "en")
                .containsEntry("publishedAt", "2026-03-01T08:00:00Z")
                .containsEntry("versionCreated", "2026-03-01T09:37:00Z")
                .containsEntry("version", 1);
        SourceIngested event = (SourceIngested) events.awaitKey(created.string("id"), EVENT_TIMEOUT).getFirst()
                .payload();
        assertThat(event.getBody()).isEqualTo(created.string("body"));
    }

    @Test
    void takesTheAddressOfAnHtmlRenditionWhenTheUriIsNoWebAddress() {
        String slug = unique();
        Map<String, Object> item = item("urn:newsml:example.com:20260301:" + slug, "2026-03-01T10:37:00Z");
        item.put("renditions", List.of(Map.of("name", "thumbnail", "href", "https://img.example/1.jpg",
                        "contenttype", "image/jpeg"),
                Map.of("name", "web", "href", "https://www.example.com/news/" + slug + "?utm_source=ninjs",
                        "contenttype", "text/html")));

        Response created = post(item);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).containsEntry("url", "https://www.example.com/news/" + slug)
                .containsEntry("outlet", "example.com");
    }

    @Test
    void keepsEveryNewerVersionUnderTheSameIdAndAnnouncesEachOnce() {
        String uri = "https://ninjs.example.com/newsitems/" + unique();
        Map<String, Object> first = item(uri, "2026-03-01T10:00:00Z");
        String id = post(first).string("id");
        assertThat(events.awaitKey(id, EVENT_TIMEOUT)).hasSize(1);

        Response again = post(first);
        Response older = post(withBody(item(uri, "2026-03-01T09:00:00Z"), "An older text " + unique()));
        Map<String, Object> edited = withBody(item(uri, "2026-03-01T11:00:00Z"),
                "The captain was convicted on appeal, the court said on " + unique() + ".");
        Response updated = post(edited);
        Response sameAgainLater = post(withVersion(edited, "2026-03-01T12:00:00Z"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).containsEntry("status", "DUPLICATE").containsEntry("matchedBy", "guid")
                .containsEntry("id", id).containsEntry("version", 1);
        assertThat(older.body()).containsEntry("status", "DUPLICATE").containsEntry("matchedBy", "guid");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body()).containsEntry("status", "UPDATED").containsEntry("id", id)
                .containsEntry("version", 2).containsEntry("versionCreated", "2026-03-01T11:00:00Z")
                .containsEntry("body", bodyOf(edited));
        assertThat(updated.string("updatedAt")).isNotNull();
        assertThat(sameAgainLater.body()).containsEntry("status", "DUPLICATE").containsEntry("version", 2);

        List<TopicEvent> announced = events.awaitKey(id, 2, EVENT_TIMEOUT);
        assertThat(announced).hasSize(2);
        SourceIngested second = (SourceIngested) announced.get(1).payload();
        assertThat(second.getSourceId()).isEqualTo(id);
        assertThat(second.getBody()).isEqualTo(bodyOf(edited));
        assertThat(events.keyAfter(id, QUIET_PERIOD)).hasSize(2);

        Response versions = api.get("/api/sources/" + id + "/versions");
        assertThat(versions.list("versions")).extracting(version -> version.get("version")).containsExactly(1, 2);
        assertThat(versions.list("versions").getFirst()).containsEntry("body", bodyOf(first));
        assertThat(api.get("/api/sources/" + id).body()).containsEntry("version", 2)
                .containsEntry("body", bodyOf(edited));
    }

    @Test
    void takesLaterVersionsOfAnArticleFirstSentWithoutItsUri() {
        String uri = "https://ninjs.example.com/newsitems/" + unique();
        Map<String, Object> first = item(uri, "2026-03-01T10:00:00Z");
        String id = api.post("/api/sources", Map.of("url", uri, "title", "Sent as JSON first",
                "body", bodyOf(first)), USER).string("id");

        Response same = post(first);
        Response edited = post(withBody(item(uri, "2026-03-01T11:00:00Z"), "The edited text " + unique()));

        assertThat(same.body()).containsEntry("status", "DUPLICATE").containsEntry("duplicateOf", id)
                .containsEntry("matchedBy", "canonical-url");
        assertThat(edited.body()).containsEntry("status", "UPDATED").containsEntry("id", id)
                .containsEntry("version", 2);
    }

    @Test
    void recognisesAnEarlierVersionsTextUnderAnotherAddress() {
        String uri = "https://ninjs.example.com/newsitems/" + unique();
        Map<String, Object> first = item(uri, "2026-03-01T10:00:00Z");
        String id = post(first).string("id");
        post(withBody(item(uri, "2026-03-01T11:00:00Z"), "A second version " + unique()));

        Map<String, Object> copy = new HashMap<>(Map.of("url", "https://copy.example/" + unique(),
                "title", "Copy", "body", bodyOf(first)));
        Response duplicate = api.post("/api/sources", copy, USER);

        assertThat(duplicate.body()).containsEntry("status", "DUPLICATE").containsEntry("duplicateOf", id)
                .containsEntry("matchedBy", "content-hash");
    }

    @Test
    void refusesAVersionWhoseTextIsAnotherSourcesAndStoresNothing() {
        String otherText = "The harbour reopened after " + unique() + " days.";
        String otherId = api.post("/api/sources", Map.of("url", "https://other.example/" + unique(), "title", "T",
                "body", otherText), USER).string("id");
        String uri = "https://ninjs.example.com/newsitems/" + unique();
        String id = post(item(uri, "2026-03-01T10:00:00Z")).string("id");
        long versionsBefore = rows.count("SELECT count(*) FROM source_versions");

        Response duplicate = post(withBody(item(uri, "2026-03-01T11:00:00Z"), otherText));

        assertThat(duplicate.body()).containsEntry("status", "DUPLICATE").containsEntry("duplicateOf", otherId)
                .containsEntry("matchedBy", "content-hash");
        assertThat(rows.count("SELECT count(*) FROM source_versions")).isEqualTo(versionsBefore);
        assertThat(api.get("/api/sources/" + id).body()).containsEntry("version", 1);
    }

    @Test
    void refusesBrokenDocumentsByTheirNinjsFieldNames() {
        long sourcesBefore = rows.sources();
        Map<String, Object> empty = new LinkedHashMap<>(Map.of("type", "text", "versioncreated", "yesterday"));
        Map<String, Object> urn = item("urn:newsml:example.com:" + unique(), "2026-03-01T10:00:00Z");
        Map<String, Object> oversized = withBody(item("https://ninjs.example.com/" + unique(), "2026-03-01T10:00:00Z"),
                "x".repeat(1_000_001));

        Response noFields = post(empty);
        Response noWebAddress = post(urn);
        Response tooLarge = post(oversized);
        Response notJson = api.post("/api/sources", "{\"uri\": ".getBytes(StandardCharsets.UTF_8), NINJS, USER);
        Response notAnObject = api.post("/api/sources", "[1, 2]".getBytes(StandardCharsets.UTF_8), NINJS, USER);
        Response anonymous = api.post("/api/sources", bytes(item("https://ninjs.example.com/" + unique(),
                "2026-03-01T10:00:00Z")), NINJS, null);

        assertThat(noFields.status()).isEqualTo(400);
        assertThat(noFields.contentType()).startsWith("application/problem+json");
        assertThat(noFields.errorFields()).containsExactlyInAnyOrder("versioncreated", "uri", "headlines", "bodies");
        assertThat(noWebAddress.errorFields()).containsExactly("uri");
        assertThat(tooLarge.errorFields()).containsExactly("bodies[0].value");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(rows.sources()).isEqualTo(sourcesBefore);
    }

    private Response post(Map<String, Object> item) {
        return api.post("/api/sources", bytes(item), NINJS, USER);
    }

    private byte[] bytes(Map<String, Object> item) {
        try {
            return json.writeValueAsBytes(item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ninjs 2.x text item like the IPTC's simple text example. */
    private static Map<String, Object> item(String uri, String versionCreated) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("uri", uri);
        item.put("type", "text");
        item.put("versioncreated", versionCreated);
        item.put("language", "en");
        item.put("by", "Paulo Santalucia and Frances d'Emilio");
        item.put("headlines", List.of(Map.of("role", "sub", "value", "A subheading"),
                Map.of("role", "main", "value", "Captain on trial " + uri.substring(uri.lastIndexOf('/') + 1))));
        item.put("bodies", List.of(Map.of("role", "main", "contenttype", "text/plain",
                "value", "GROSSETO, Italy -- The trial of the captain has begun in " + unique() + ".")));
        return item;
    }

    private static Map<String, Object> withBody(Map<String, Object> item, String body) {
        item.put("bodies", List.of(Map.of("role", "main", "contenttype", "text/plain", "value", body)));
        return item;
    }

    private static Map<String, Object> withVersion(Map<String, Object> item, String versionCreated) {
        Map<String, Object> copy = new LinkedHashMap<>(item);
        copy.put("versioncreated", versionCreated);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static String bodyOf(Map<String, Object> item) {
        return (String) ((List<Map<String, Object>>) item.get("bodies")).getFirst().get("value");
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }
}
