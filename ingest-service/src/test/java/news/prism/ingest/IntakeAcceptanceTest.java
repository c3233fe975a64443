package news.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import news.prism.events.SourceRejected;
import news.prism.events.SourceSubmitted;
import news.prism.ingest.support.ApiClient.Response;
import news.prism.ingest.support.ApiClient;
import news.prism.ingest.support.Articles;
import news.prism.ingest.support.FeedServer;
import news.prism.ingest.support.Rows;
import news.prism.ingest.support.Submissions;
import news.prism.testkit.Caller;
import news.prism.testkit.EventsOnTopic;
import news.prism.testkit.Infrastructure;
import news.prism.testkit.TopicEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The acceptance check, over every input path at once: real articles as JSON (text, Markdown, HTML), in a
 * batch, as ninjs, on the inbound topic and in RSS and Atom feeds polled on their schedule; sent twice, edited and
 * re-sent, mixed with broken input. Every source is stored once, near duplicates are linked, every bad input is
 * refused with its reason, and every source and version is announced exactly once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeAcceptanceTest implements TestPropertyProvider {

    private static final String SOURCES = "ingest.sources.v1";
    private static final String SUBMISSIONS = "newsroom.source-submissions.v1";
    private static final String REJECTIONS = "ingest.rejections.v1";
    private static final String NINJS = "application/vnd.iptc.ninjs+json";
    private static final Caller USER = Caller.newsroom("newsroom");
    private static final Caller EDITOR = Caller.editor("feeds-editor");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration QUIET_PERIOD = Duration.ofSeconds(3);

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private final FeedServer publisher = FeedServer.start();
    private Map<String, String> properties;
    private ApiClient api;
    private EventsOnTopic announced;
    private EventsOnTopic refused;
    private Submissions topic;
    private Rows rows;

    @Override
    public Map<String, String> getProperties() {
        Infrastructure infrastructure = Infrastructure.shared();
        infrastructure.createTopics(SOURCES, SUBMISSIONS, REJECTIONS);
        properties = new HashMap<>(infrastructure.micronautProperties("ingest_" + getClass().getSimpleName()));
        properties.put("prism.consumer.group-id", "ingest-" + getClass().getSimpleName());
        properties.put("prism.ingest.feeds.allow-private-addresses", "true");
        properties.put("prism.ingest.feeds.poller.poll-every", "300ms");
        return properties;
    }

    @BeforeAll
    void connect() {
        String bootstrap = Infrastructure.shared().bootstrapServers();
        api = new ApiClient(server.getURI(), json);
        announced = new EventsOnTopic(bootstrap, SOURCES);
        refused = new EventsOnTopic(bootstrap, REJECTIONS);
        topic = new Submissions(bootstrap, SUBMISSIONS, "/newsroom/cms");
        rows = new Rows(properties);
    }

    @AfterAll
    void disconnect() {
        announced.close();
        refused.close();
        topic.close();
        publisher.close();
    }

    @Test
    void everyFormatSentTwiceEditedAndMixedWithBrokenInputEndsInEachSourceOnce() {
        String strike = Articles.text("harbour-strike");
        String budget = Articles.text("council-budget");
        String rail = Articles.text("rail-tunnel");
        String hospital = Articles.text("hospital-wing");
        String wildfire = Articles.text("wildfire-warning");

        // JSON, plain text: sent twice.
        Response a = api.post("/api/sources", json("https://courier.example/news/port/strike-ends", strike, null),
                USER);
        Response aAgain = api.post("/api/sources", json("https://courier.example/news/port/strike-ends?fbclid=1",
                strike, null), USER);
        // JSON, Markdown.
        Response b = api.post("/api/sources", json("https://courier.example/city/budget-approved",
                markdown(budget), "markdown"), USER);
        // A batch: HTML, a repeat, a broken element, a rewritten copy under another address.
        Response batch = api.post("/api/sources/batch", Map.of("sources", Arrays.asList(
                json("https://wire.example/rail/tunnel-breakthrough", html(rail), "html"),
                json("https://courier.example/news/port/strike-ends#comments", strike, null),
                Map.of("url", "https://broken.example/no-body", "title", "No body"),
                json("https://metro.example/budget", Articles.budgetRewritten(budget), null))), USER);
        // ninjs: new, again, a newer edit, broken.
        String uri = "https://agency.example/items/hospital-wing";
        Response e = api.post("/api/sources", ninjs(uri, "2026-03-06T10:00:00Z", hospital), NINJS, USER);
        Response eAgain = api.post("/api/sources", ninjs(uri, "2026-03-06T10:00:00Z", hospital), NINJS, USER);
        String hospitalEdited = hospital + "\n\nThe hospital corrected the number of vacant posts to 38.";
        Response eEdited = api.post("/api/sources", ninjs(uri, "2026-03-06T12:30:00Z", hospitalEdited), NINJS, USER);
        Response ninjsBroken = api.post("/api/sources", "{\"uri\": \"urn:x:1\", \"bodies\": []}".getBytes(), NINJS,
                USER);
        // The inbound topic: new, again under another event id, broken.
        SourceSubmitted fire = SourceSubmitted.newBuilder().setUrl("https://alpine.example/fire-warning")
                .setTitle("Highest forest fire warning for the northern hills").setBody(wildfire)
                .setPublishedAt(Instant.parse("2026-03-08T07:00:00Z")).setLanguage("en").build();
        topic.send("fire", UUID.randomUUID().toString(), fire);
        topic.send("fire", UUID.randomUUID().toString(), fire);
        String brokenEvent = UUID.randomUUID().toString();
        topic.send("broken", brokenEvent, SourceSubmitted.newBuilder().setUrl("mailto:desk@alpine.example")
                .setTitle("Broken").setBody("Text").build());
        // Feeds: RSS repeating A and B, Atom with a near copy of A, the rail article again, and new figures.
        publisher.serveFile("/courier/rss.xml", "courier-rss.xml", "application/rss+xml", "\"c1\"");
        publisher.serveFile("/wire/atom.xml", "wire-atom.xml", "application/atom+xml", "\"w1\"");
        String rssFeed = api.post("/api/feeds", Map.of("url", publisher.uri("/courier/rss.xml").toString()), EDITOR)
                .string("id");
        String atomFeed = api.post("/api/feeds", Map.of("url", publisher.uri("/wire/atom.xml").toString()), EDITOR)
                .string("id");

        await().atMost(TIMEOUT).until(() -> polled(rssFeed) && polled(atomFeed)
                && rows.count("SELECT count(*) FROM sources WHERE canonical_url = ?",
                        "https://alpine.example/fire-warning") == 1);

        // What each path answered.
        String aId = a.string("id");
        String bId = b.string("id");
        assertThat(a.status()).isEqualTo(201);
        assertThat(aAgain.body()).containsEntry("status", "DUPLICATE").containsEntry("duplicateOf", aId);
        assertThat(b.body()).containsEntry("status", "INGESTED").containsEntry("body", budget);
        List<Map<String, Object>> results = batch.list("results");
        assertThat(results).extracting(result -> result.get("status"))
                .containsExactly("INGESTED", "DUPLICATE", "REJECTED", "INGESTED");
        String cId = (String) results.get(0).get("id");
        String dId = (String) results.get(3).get("id");
        assertThat(results.get(1)).containsEntry("duplicateOf", aId);
        assertThat(results.get(2).get("errors").toString()).contains("sources[2].body", "must not be blank");
        assertThat(results.get(3)).containsEntry("nearDuplicateOf", bId);
        String eId = e.string("id");
        assertThat(eAgain.body()).containsEntry("status", "DUPLICATE").containsEntry("matchedBy", "guid");
        assertThat(eEdited.body()).containsEntry("status", "UPDATED").containsEntry("id", eId)
                .containsEntry("version", 2);
        assertThat(ninjsBroken.status()).isEqualTo(400);
        assertThat(ninjsBroken.errorFields()).containsExactlyInAnyOrder("uri", "headlines", "bodies");
        SourceRejected rejection = (SourceRejected) refused.awaitKey(brokenEvent, TIMEOUT).getFirst().payload();
        assertThat(rejection.getReason()).contains("url must be an absolute http(s) URL");

        String fId = sourceAt("https://alpine.example/fire-warning");
        String gId = sourceAt("https://wire.example/port/strike-over");
        String hId = sourceAt(publisher.uri("/wire/rail/tunnel-numbers").toString());
        assertThat(feedPoll(rssFeed)).containsEntry("ingested", 0).containsEntry("duplicates", 2)
                .containsEntry("rejected", 1);
        assertThat(feedPoll(atomFeed)).containsEntry("ingested", 2).containsEntry("duplicates", 1);
        assertThat(api.get("/api/sources/" + gId).body()).containsEntry("nearDuplicateOf", aId);

        // Every source once, every version once, every announcement once.
        List<String> ids = List.of(aId, bId, cId, dId, eId, fId, gId, hId);
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(rows.sources()).isEqualTo(ids.size());
        assertThat(rows.count("SELECT count(*) FROM source_versions")).isEqualTo(ids.size() + 1);
        announced.awaitKey(eId, 2, TIMEOUT);
        ids.forEach(id -> announced.awaitKey(id, TIMEOUT));
        // Read on a while: a second announcement of anything would arrive now.
        announced.keyAfter(aId, QUIET_PERIOD);
        Map<String, Integer> expected = ids.stream()
                .collect(Collectors.toMap(id -> id, id -> id.equals(eId) ? 2 : 1));
        Map<String, Integer> counted = ids.stream()
                .collect(Collectors.toMap(id -> id, id -> announced.keyAfter(id, Duration.ZERO).size()));
        assertThat(counted).isEqualTo(expected);
        List<TopicEvent> hospitalEvents = announced.keyAfter(eId, Duration.ZERO);
        assertThat(hospitalEvents.getLast().payload().toString()).contains("vacant posts to 38");
        assertThat(counter("layer:guid")).isEqualTo(1);
        assertThat(counter("layer:near-duplicate")).isEqualTo(2);
        assertThat(intake("channel:topic", "outcome:rejected")).isEqualTo(1);
        assertThat(intake("channel:topic", "outcome:duplicate")).isEqualTo(1);
        assertThat(intake("channel:feed", "outcome:rejected")).isEqualTo(1);
    }

    private boolean polled(String feedId) {
        return api.get("/api/feeds/" + feedId).body().containsKey("lastPoll");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> feedPoll(String feedId) {
        return (Map<String, Object>) api.get("/api/feeds/" + feedId).body().get("lastPoll");
    }

    private String sourceAt(String canonicalUrl) {
        return rows.string("SELECT id FROM sources WHERE canonical_url = ?", canonicalUrl);
    }

    private double counter(String tag) {
        return metric("/metrics/prism.ingest.dedup?tag=" + tag);
    }

    private double intake(String channel, String outcome) {
        return metric("/metrics/prism.ingest.intake?tag=" + channel + "&tag=" + outcome);
    }

    @SuppressWarnings("unchecked")
    private double metric(String path) {
        Response metric = api.get(path);
        if (metric.status() == 404) {
            return 0;
        }
        return ((Number) ((List<Map<String, Object>>) metric.body().get("measurements")).getFirst().get("value"))
                .doubleValue();
    }

    private static Map<String, Object> json(String url, String body, String bodyFormat) {
        Map<String, Object> source = new HashMap<>();
        source.put("url", url);
        source.put("title", "Article at " + url);
        source.put("body", body);
        if (bodyFormat != null) {
            source.put("bodyFormat", bodyFormat);
        }
        return source;
    }

    private byte[] ninjs(String uri, String versionCreated, String body) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("uri", uri);
        item.put("type", "text");
        item.put("versioncreated", versionCreated);
        item.put("language", "en");
        item.put("headlines", List.of(Map.of("role", "main", "value", "Children's wing opens")));
        item.put("bodies", List.of(Map.of("role", "main", "contenttype", "text/plain", "value", body)));
        try {
            return json.writeValueAsBytes(item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article in Markdown, with emphasis: the same text once its markup is removed. */
    private static String markdown(String text) {
        return text.replaceFirst("city council", "**city council**").replaceFirst("2\\.1 billion", "*2.1 billion*");
    }

    /** The article in HTML paragraphs: the same text once its markup is removed. */
    private static String html(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\n\n")) {
            paragraphs.add("<p>" + paragraph.replace("&", "&amp;").replace("<", "&lt;") + "</p>\n");
        }
        return "<article>\n" + String.join("", paragraphs) + "</article>";
    }
}
