package news.prism.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.prism.events.SourceIngested;
import news.prism.ingest.support.ApiClient.Response;
import news.prism.ingest.support.FeedServer;
import news.prism.ingest.support.HttpIntakeTest;
import news.prism.testkit.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Feeds end to end against a local HTTP server serving the feed files in src/test/resources/feeds, a real
 * PostgreSQL and a real Kafka. The address guard is configured to allow this test's server on loopback, reached as
 * 127.0.0.1 and as localhost (two hosts to the poller); the poller is driven by the test rather than by its schedule.
 */
@MicronautTest(transactional = false)
class FeedPollingTest extends HttpIntakeTest {

    private static final Caller USER = Caller.editor("feeds-editor");
    private static final Duration PER_HOST_GAP = Duration.ofMillis(300);
    private static final Duration SLOW = Duration.ofMillis(1500);

    @Inject
    FeedPoller poller;

    private final FeedServer publisher = FeedServer.start();

    @Override
    protected Map<String, String> settings() {
        return Map.of(
                "prism.ingest.feeds.allow-private-addresses", "true",
                "prism.ingest.feeds.poller.enabled", "false",
                "prism.ingest.feeds.poller.threads", "4",
                "prism.ingest.feeds.poller.per-host-gap", PER_HOST_GAP.toMillis() + "ms",
                "prism.ingest.feeds.poller.max-backoff", "1h",
                "prism.ingest.feeds.read-timeout", "3s",
                "prism.ingest.feeds.min-interval-seconds", "60");
    }

    @AfterAll
    void stopPublisher() {
        publisher.close();
    }

    @Test
    void takesInRssAndAtomItemsSkipsUnchangedFeedsAndKeepsNewVersions() {
        publisher.serveFile("/courier/rss.xml", "courier-rss.xml", "application/rss+xml", "\"courier-1\"");
        publisher.serveFile("/wire/atom.xml", "wire-atom.xml", "application/atom+xml", "\"wire-1\"");
        Response rss = addFeed("/courier/rss.xml", 600);
        Response atom = addFeed("/wire/atom.xml", null);

        assertThat(rss.status()).isEqualTo(201);
        assertThat(rss.location()).isEqualTo("/api/feeds/" + rss.string("id"));
        assertThat(rss.body()).containsEntry("status", "ACTIVE").containsEntry("intervalSeconds", 600)
                .containsEntry("createdBy", USER.name()).doesNotContainKey("lastPoll");
        assertThat(atom.body()).containsEntry("intervalSeconds", 900);

        assertThat(poller.pollDue()).isGreaterThanOrEqualTo(2);

        Map<String, Object> rssPoll = lastPoll(rss);
        assertThat(rssPoll).containsEntry("outcome", "FETCHED").containsEntry("ingested", 2)
                .containsEntry("duplicates", 0).containsEntry("rejected", 1);
        Map<String, Object> rejection = list(rssPoll, "rejections").getFirst();
        assertThat(rejection).containsEntry("item", 2).containsEntry("guid", "courier-2026-03-01-broken");
        assertThat(list(rejection, "errors")).extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("items[2].link", "items[2].description");

        String strikeUrl = "https://courier.example/news/port/strike-ends";
        String strikeId = sourceAt(strikeUrl);
        Response strike = api.get("/api/sources/" + strikeId);
        assertThat(strike.body()).containsEntry("outlet", "courier.example").containsEntry("bodyFormat", "html")
                .containsEntry("byline", "Harbour desk").containsEntry("subjects", List.of("Economy", "Labour"))
                .containsEntry("language", "en-GB").containsEntry("publishedAt", "2026-03-03T18:20:00Z")
                .containsEntry("submittedBy", publisher.uri("/courier/rss.xml").toString());
        assertThat(strike.string("body")).startsWith("Dock workers at the city's main container port")
                .contains("\n\nThe agreement raises basic pay").doesNotContain("<p>");
        assertThat(sourceAt(publisher.uri("/city/budget-approved").toString())).isNotNull();

        Map<String, Object> atomPoll = lastPoll(atom);
        assertThat(atomPoll).containsEntry("outcome", "FETCHED").containsEntry("ingested", 3)
                .containsEntry("rejected", 0);
        String copyId = sourceAt("https://wire.example/port/strike-over");
        assertThat(api.get("/api/sources/" + copyId).body()).containsEntry("nearDuplicateOf", strikeId)
                .containsEntry("title", "Strike over at the port after nine days");
        String figures = api.get("/api/sources/" + sourceAt(publisher.uri("/wire/rail/tunnel-numbers").toString()))
                .string("body");
        assertThat(figures).isEqualTo("""
                Key figures

                - Length: 6.2 km
                - Cost: 1.4 billion euros
                - Journey time: 19 minutes, down from 38

                Milestone | Date
                Breakthrough | March
                Test runs | Autumn next year

                Services start the spring after next.
                Subject to inspections.""");
        assertThat(events.awaitKey(strikeId, EVENT_TIMEOUT)).hasSize(1);
        assertThat(events.awaitKey(copyId, EVENT_TIMEOUT)).hasSize(1);

        // Unchanged: a conditional GET answered 304, nothing taken in.
        makeDue(rss);
        makeDue(atom);
        long sourcesBefore = rows.sources();
        poller.pollDue();
        assertThat(lastPoll(rss)).containsEntry("outcome", "NOT_MODIFIED");
        assertThat(lastPoll(atom)).containsEntry("outcome", "NOT_MODIFIED");
        assertThat(publisher.requestsTo("/courier/rss.xml").getLast().ifNoneMatch()).isEqualTo("\"courier-1\"");
        assertThat(rows.sources()).isEqualTo(sourcesBefore);

        // Changed: one new item, the strike item edited with a later pubDate, the rest as before.
        publisher.serveFile("/courier/rss.xml", "courier-rss-v2.xml", "application/rss+xml", "\"courier-2\"");
        makeDue(rss);
        poller.pollDue();

        assertThat(lastPoll(rss)).containsEntry("outcome", "FETCHED").containsEntry("ingested", 1)
                .containsEntry("updated", 1).containsEntry("duplicates", 1).containsEntry("rejected", 1);
        Response edited = api.get("/api/sources/" + strikeId);
        assertThat(edited.body()).containsEntry("version", 2).containsEntry("publishedAt", "2026-03-03T21:45:00Z");
        assertThat(edited.string("body")).endsWith("gave the wrong length of the strike in one paragraph.");
        assertThat(api.get("/api/sources/" + strikeId + "/versions").list("versions")).hasSize(2);
        List<?> strikeEvents = events.awaitKey(strikeId, 2, EVENT_TIMEOUT);
        assertThat(strikeEvents).hasSize(2);
        assertThat(((SourceIngested) events.awaitKey(strikeId, 2, EVENT_TIMEOUT).get(1).payload()).getBody())
                .isEqualTo(edited.string("body"));
        assertThat(sourceAt("https://courier.example/transport/ferry-timetable")).isNotNull();
        assertThat(events.keyAfter(strikeId, QUIET_PERIOD)).hasSize(2);
    }

    @Test
    void recordsWhyAFeedCouldNotBeReadAndTakesNothingFromIt() {
        publisher.serveFile("/broken/page.html", "not-a-feed.html", "text/html", "\"page\"");
        publisher.serveFile("/broken/catalog.xml", "catalog.xml", "application/xml", "\"catalog\"");
        publisher.fail("/broken/missing.xml", 404);
        Response page = addFeed("/broken/page.html", null);
        Response catalog = addFeed("/broken/catalog.xml", null);
        Response missing = addFeed("/broken/missing.xml", null);
        long sourcesBefore = rows.sources();

        poller.pollDue();

        assertThat(lastPoll(page)).containsEntry("outcome", "FAILED");
        assertThat(lastPoll(page).get("error")).isEqualTo("not an RSS or Atom feed: the document is <html>");
        assertThat(lastPoll(catalog).get("error")).isEqualTo("not an RSS or Atom feed: the document is <catalog>");
        assertThat(lastPoll(missing).get("error")).isEqualTo("HTTP 404 from " + publisher.uri("/broken/missing.xml"));
        assertThat(api.get("/api/feeds/" + missing.string("id")).body()).containsEntry("consecutiveFailures", 1);
        assertThat(rows.sources()).isEqualTo(sourcesBefore);

        // A failed document is read again in full next time: its validators were not kept.
        makeDue(page);
        poller.pollDue();
        assertThat(publisher.requestsTo("/broken/page.html").getLast().ifNoneMatch()).isNull();
        assertThat(api.get("/api/feeds/" + page.string("id")).body()).containsEntry("consecutiveFailures", 2);
    }

    @Test
    void pausesResumesListsAndRemovesFeeds() {
        // Any document will do: what matters is whether it is requested.
        publisher.serveFile("/paused/rss.xml", "rdf.xml", "application/rss+xml", "\"paused\"");
        Response feed = addFeed("/paused/rss.xml", 120);
        String id = feed.string("id");

        Response paused = api.post("/api/feeds/" + id + "/pause", USER);
        poller.pollDue();

        assertThat(paused.status()).isEqualTo(200);
        assertThat(paused.body()).containsEntry("status", "PAUSED");
        assertThat(publisher.requestsTo("/paused/rss.xml")).isEmpty();

        Response resumed = api.post("/api/feeds/" + id + "/resume", USER);
        poller.pollDue();

        assertThat(resumed.body()).containsEntry("status", "ACTIVE");
        assertThat(publisher.requestsTo("/paused/rss.xml")).hasSize(1);
        assertThat(api.get("/api/feeds").list("feeds")).extracting(listed -> listed.get("id")).contains(id);

        Response removed = api.delete("/api/feeds/" + id, USER);

        assertThat(removed.status()).isEqualTo(204);
        assertThat(api.get("/api/feeds/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/feeds").list("feeds")).extracting(listed -> listed.get("id")).doesNotContain(id);
        assertThat(api.delete("/api/feeds/" + id, USER).status()).isEqualTo(404);
        assertThat(api.post("/api/feeds/" + id + "/pause", USER).status()).isEqualTo(404);
    }

    @Test
    void refusesABadFeedRequest() {
        publisher.serveFile("/twice/rss.xml", "rdf.xml", "application/rss+xml", "\"twice\"");
        addFeed("/twice/rss.xml", null);

        Response again = api.post("/api/feeds", Map.of("url", publisher.uri("/twice/rss.xml") + "#top"), USER);
        Response invalid = api.post("/api/feeds", Map.of("url", "ftp://feeds.example/rss", "intervalSeconds", 5),
                USER);
        Response anonymous = api.post("/api/feeds", Map.of("url", publisher.uri("/other.xml").toString()), null);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("url", "intervalSeconds");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void aSlowFeedHoldsUpNoFeedOfAnotherHostInTheSameRound() {
        // Any document will do: what matters is when it is requested. localhost and 127.0.0.1 are two hosts.
        publisher.serveSlowly("/slow/rss.xml", "rdf.xml", SLOW);
        publisher.serveFile("/quick/rss.xml", "rdf.xml", "application/rss+xml", "\"quick\"");
        Response slow = addFeed(onLocalhost("/slow/rss.xml"), null);
        Response quick = addFeed("/quick/rss.xml", null);
        rows.update("UPDATE feeds SET next_poll_at = now() - interval '1 minute' WHERE id = ?::uuid",
                slow.string("id"));

        poller.pollDue();

        Instant slowAsked = publisher.requestsTo("/slow/rss.xml").getFirst().receivedAt();
        Instant quickAsked = publisher.requestsTo("/quick/rss.xml").getFirst().receivedAt();
        assertThat(quickAsked).isBefore(slowAsked.plus(SLOW));
        assertThat(lastPoll(slow)).containsKey("at");
        assertThat(lastPoll(quick)).containsKey("at");
    }

    @Test
    void pollsTheFeedsOfOneHostOneAtATimeAndAGapApart() {
        publisher.serveSlowly("/host/first.xml", "rdf.xml", SLOW);
        publisher.serveFile("/host/second.xml", "rdf.xml", "application/rss+xml", "\"second\"");
        Response first = addFeed(onLocalhost("/host/first.xml"), null);
        Response second = addFeed(onLocalhost("/host/second.xml"), null);
        rows.update("UPDATE feeds SET next_poll_at = now() - interval '1 minute' WHERE id = ?::uuid",
                first.string("id"));

        poller.pollDue();

        Instant firstAsked = publisher.requestsTo("/host/first.xml").getFirst().receivedAt();
        Instant secondAsked = publisher.requestsTo("/host/second.xml").getFirst().receivedAt();
        assertThat(secondAsked).isAfterOrEqualTo(firstAsked.plus(SLOW).plus(PER_HOST_GAP));
        assertThat(lastPoll(second)).containsKey("at");
    }

    @Test
    void aFailingFeedBacksOffExponentiallyAndASuccessResetsIt() {
        publisher.fail("/flaky/rss.xml", 503);
        Response feed = addFeed("/flaky/rss.xml", 60);

        poller.pollDue();
        Map<String, Object> once = listed(feed);
        makeDue(feed);
        poller.pollDue();
        Map<String, Object> twice = listed(feed);

        assertThat(once).containsEntry("consecutiveFailures", 1);
        assertThat(retryDelay(once)).isEqualTo(Duration.ofSeconds(120));
        assertThat(twice).containsEntry("consecutiveFailures", 2);
        assertThat(retryDelay(twice)).isEqualTo(Duration.ofSeconds(240));
        assertThat(lastPollOf(twice)).containsEntry("outcome", "FAILED")
                .containsEntry("error", "HTTP 503 from " + publisher.uri("/flaky/rss.xml"));
        assertThat(api.get("/api/feeds/" + feed.string("id")).body()).isEqualTo(twice);

        publisher.serveFile("/flaky/rss.xml", "quiet-rss.xml", "application/rss+xml", "\"recovered\"");
        makeDue(feed);
        poller.pollDue();
        Map<String, Object> recovered = listed(feed);

        assertThat(recovered).containsEntry("consecutiveFailures", 0);
        assertThat(lastPollOf(recovered)).containsEntry("outcome", "FETCHED").doesNotContainKey("error");
        assertThat(retryDelay(recovered)).isLessThanOrEqualTo(Duration.ofSeconds(60))
                .isGreaterThan(Duration.ofSeconds(50));
    }

    private URI onLocalhost(String path) {
        return URI.create("http://localhost:" + publisher.uri("/").getPort() + path);
    }

    /** The feed as {@code GET /api/feeds} lists it. */
    private Map<String, Object> listed(Response feed) {
        return api.get("/api/feeds").list("feeds").stream()
                .filter(listed -> feed.string("id").equals(listed.get("id"))).findFirst().orElseThrow();
    }

    /** From the last poll to the next attempt. */
    private static Duration retryDelay(Map<String, Object> feed) {
        return Duration.between(Instant.parse((String) lastPollOf(feed).get("at")),
                Instant.parse((String) feed.get("nextPollAt")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lastPollOf(Map<String, Object> feed) {
        return (Map<String, Object>) feed.get("lastPoll");
    }

    private Response addFeed(String path, Integer intervalSeconds) {
        return addFeed(publisher.uri(path), intervalSeconds);
    }

    private Response addFeed(URI url, Integer intervalSeconds) {
        Map<String, Object> request = new HashMap<>();
        request.put("url", url.toString());
        if (intervalSeconds != null) {
            request.put("intervalSeconds", intervalSeconds);
        }
        return api.post("/api/feeds", request, USER);
    }

    private void makeDue(Response feed) {
        rows.update("UPDATE feeds SET next_poll_at = now() - interval '1 second' WHERE id = ?::uuid",
                feed.string("id"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> lastPoll(Response feed) {
        return (Map<String, Object>) api.get("/api/feeds/" + feed.string("id")).body().get("lastPoll");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String field) {
        return (List<Map<String, Object>>) map.get(field);
    }

    private String sourceAt(String canonicalUrl) {
        return rows.string("SELECT id FROM sources WHERE canonical_url = ?", canonicalUrl);
    }
}
