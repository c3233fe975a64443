package news.prism.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import news.prism.events.SourceIngested;
import news.prism.ingest.support.ApiClient.Response;
import news.prism.ingest.support.HttpIntakeTest;
import news.prism.testkit.Caller;
import news.prism.testkit.TopicEvent;
import org.junit.jupiter.api.Test;

/** The HTTP intake against a real PostgreSQL and a real Kafka broker: what is stored, answered and announced. */
@MicronautTest(transactional = false)
class SourcesApiTest extends HttpIntakeTest {

    private static final Caller USER = Caller.newsroom("newsroom-cms");

    @Test
    void storesANewSourceAndAnnouncesItWithItsCanonicalUrl() {
        String slug = unique();
        Response created = api.post("/api/sources", Map.of(
                "url", "https://WWW.Example-News.com/politics/" + slug + "?utm_source=feed&id=7#top",
                "title", "  Budget passes\n after long night ",
                "body", "The budget passed   at dawn.\r\n\r\n\r\nIt takes effect in " + slug + ".",
                "publishedAt", "2026-03-01T09:30:00+01:00",
                "language", "en-gb"), USER);

        assertThat(created.status()).isEqualTo(201);
        String id = created.string("id");
        String canonicalUrl = "https://www.example-news.com/politics/" + slug + "?id=7";
        assertThat(created.location()).isEqualTo("/api/sources/" + id);
        assertThat(created.body())
                .containsEntry("status", "INGESTED")
                .containsEntry("outlet", "example-news.com")
                .containsEntry("url", canonicalUrl)
                .containsEntry("submittedUrl",
                        "https://WWW.Example-News.com/politics/" + slug + "?utm_source=feed&id=7#top")
                .containsEntry("title", "Budget passes after long night")
                .containsEntry("body", "The budget passed at dawn.\n\nIt takes effect in " + slug + ".")
                .containsEntry("publishedAt", "2026-03-01T08:30:00Z")
                .containsEntry("language", "en-GB")
                .containsEntry("wordCount", 10)
                .containsEntry("submittedBy", USER.name())
                .doesNotContainKeys("duplicateOf", "matchedBy");
        assertThat(created.string("contentHash")).matches("[0-9a-f]{64}");

        List<TopicEvent> announced = events.awaitKey(id, EVENT_TIMEOUT);
        assertThat(announced).hasSize(1);
        TopicEvent envelope = announced.getFirst();
        assertThat(envelope.type()).isEqualTo(SourceIngested.getClassSchema().getFullName());
        assertThat(envelope.source()).isEqualTo("/prism/ingest-service");
        SourceIngested event = (SourceIngested) envelope.payload();
        assertThat(event.getSourceId()).isEqualTo(id);
        assertThat(event.getUrl()).isEqualTo(canonicalUrl);
        assertThat(event.getOutlet()).isEqualTo("example-news.com");
        assertThat(event.getTitle()).isEqualTo("Budget passes after long night");
        assertThat(event.getBody()).isEqualTo(created.string("body"));
        assertThat(event.getPublishedAt()).isEqualTo(Instant.parse("2026-03-01T08:30:00Z"));
        assertThat(event.getLanguage()).isEqualTo("en-GB");
        assertThat(event.getContentHash()).isEqualTo(created.string("contentHash"));
        assertThat(event.getWordCount()).isEqualTo(10);
        assertThat(event.getIngestedAt()).isEqualTo(Instant.parse(created.string("ingestedAt")));

        Response read = api.get("/api/sources/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(created.body());
    }

    @Test
    void namesTheOutletAfterTheDomainWithoutWwwUnlessOneIsGiven() {
        Response derived = api.post("/api/sources", source("https://www.derived-outlet.org/" + unique()), USER);
        Map<String, Object> named = source("https://www.derived-outlet.org/" + unique());
        named.put("outlet", "Derived Outlet Weekly");
        Response given = api.post("/api/sources", named, USER);

        assertThat(derived.body()).containsEntry("outlet", "derived-outlet.org");
        assertThat(given.body()).containsEntry("outlet", "Derived Outlet Weekly");
        assertThat(derived.body()).doesNotContainKeys("publishedAt", "language");
    }

    @Test
    void refusesTheSameUrlWithTrackingParametersAndAFragmentWithoutANewEvent() {
        String slug = unique();
        Response original = api.post("/api/sources", source("https://example.com/world/" + slug + "?page=2&a=1"), USER);
        String id = original.string("id");
        assertThat(events.awaitKey(id, EVENT_TIMEOUT)).hasSize(1);
        long sourcesBefore = rows.sources();
        long outboxBefore = rows.outbox();

        Map<String, Object> decorated = source(
                "HTTPS://EXAMPLE.com:443/world/" + slug + "?utm_campaign=spring&a=1&fbclid=XyZ&page=2&gclid=1#comments");
        decorated.put("title", "Another title for the same page");
        Response duplicate = api.post("/api/sources", decorated, Caller.newsroom("another-system"));

        assertThat(duplicate.status()).isEqualTo(200);
        assertThat(duplicate.body())
                .containsEntry("id", id)
                .containsEntry("status", "DUPLICATE")
                .containsEntry("duplicateOf", id)
                .containsEntry("matchedBy", "canonical-url")
                .containsEntry("url", "https://example.com/world/" + slug + "?a=1&page=2")
                .containsEntry("submittedBy", USER.name());
        assertThat(duplicate.location()).isNull();
        assertNothingNewStoredOrAnnounced(id, sourcesBefore, outboxBefore);
    }

    @Test
    void refusesTheSameTextUnderAnotherUrl() {
        String text = "Parliament voted on the " + unique() + " bill.\n\nThe vote was close.";
        Map<String, Object> first = source("https://first-outlet.example/" + unique());
        first.put("body", text);
        Response original = api.post("/api/sources", first, USER);
        String id = original.string("id");
        assertThat(events.awaitKey(id, EVENT_TIMEOUT)).hasSize(1);
        long sourcesBefore = rows.sources();
        long outboxBefore = rows.outbox();

        Map<String, Object> syndicated = source("https://second-outlet.example/syndicated/" + unique());
        syndicated.put("body", "  " + text.toUpperCase().replace("\n\n", "\r\n") + "  ");
        Response duplicate = api.post("/api/sources", syndicated, USER);

        assertThat(duplicate.status()).isEqualTo(200);
        assertThat(duplicate.body())
                .containsEntry("id", id)
                .containsEntry("status", "DUPLICATE")
                .containsEntry("duplicateOf", id)
                .containsEntry("matchedBy", "content-hash");
        assertNothingNewStoredOrAnnounced(id, sourcesBefore, outboxBefore);
    }

    @Test
    void keepsMarkdownAndHtmlBodiesAsStructuredPlainText() {
        Map<String, Object> markdown = source("https://formats.example/md/" + unique());
        markdown.put("body", "## Vote\n\nThe **council** voted:\n\n- 12 for\n- 3 against\n\n> We are pleased.");
        markdown.put("bodyFormat", "markdown");
        Map<String, Object> unknown = source("https://formats.example/rtf/" + unique());
        unknown.put("bodyFormat", "rtf");

        Response created = api.post("/api/sources", markdown, USER);
        Response refused = api.post("/api/sources", unknown, USER);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body())
                .containsEntry("bodyFormat", "markdown")
                .containsEntry("body", "Vote\n\nThe council voted:\n\n- 12 for\n- 3 against\n\n> We are pleased.")
                .containsEntry("wordCount", 11);
        SourceIngested event = (SourceIngested) events.awaitKey(created.string("id"), EVENT_TIMEOUT).getFirst()
                .payload();
        assertThat(event.getBody()).isEqualTo(created.string("body"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("bodyFormat");
    }

    @Test
    void namesEveryBadFieldAtOnceAndStoresNothing() {
        long sourcesBefore = rows.sources();
        long outboxBefore = rows.outbox();
        Map<String, Object> invalid = new LinkedHashMap<>();
        invalid.put("url", "ftp://example.com/not-http");
        invalid.put("title", "   ");
        invalid.put("body", "A perfectly fine body.");
        invalid.put("language", "english!");
        invalid.put("publishedAt", "last Tuesday");

        Response refused = api.post("/api/sources", invalid, USER);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).containsEntry("status", 400);
        assertThat(errorFields(refused)).containsExactlyInAnyOrder("url", "title", "language", "publishedAt");
        assertThat(rows.sources()).isEqualTo(sourcesBefore);
        assertThat(rows.outbox()).isEqualTo(outboxBefore);
    }

    @Test
    void refusesMissingFieldsARelativeUrlAndAnOversizedBody() {
        long sourcesBefore = rows.sources();
        long outboxBefore = rows.outbox();

        Response empty = api.post("/api/sources", Map.of(), USER);
        Response relative = api.post("/api/sources", Map.of("url", "/news/story", "title", "T", "body", "B"), USER);
        Response oversized = api.post("/api/sources", Map.of("url", "https://example.com/" + unique(),
                "title", "T", "body", "x".repeat(1024 * 1024 + 1)), USER);

        assertThat(empty.status()).isEqualTo(400);
        assertThat(errorFields(empty)).containsExactlyInAnyOrder("url", "title", "body");
        assertThat(relative.status()).isEqualTo(400);
        assertThat(errorFields(relative)).containsExactly("url");
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(errorFields(oversized)).containsExactly("body");
        assertThat(rows.sources()).isEqualTo(sourcesBefore);
        assertThat(rows.outbox()).isEqualTo(outboxBefore);
    }

    @Test
    void acceptsTheLargestBodyAndItsEventStillFitsOnTheTopic() {
        Map<String, Object> largest = source("https://large.example/" + unique());
        largest.put("title", "T".repeat(1000));
        largest.put("outlet", "O".repeat(200));
        largest.put("body", (unique() + " ").repeat(1_000_000 / 37).substring(0, 1_000_000 - 1) + "x");

        Response created = api.post("/api/sources", largest, USER);

        assertThat(created.status()).isEqualTo(201);
        assertThat(events.awaitKey(created.string("id"), EVENT_TIMEOUT)).hasSize(1);
    }

    @Test
    void refusesAWriteThatNamesNoUser() {
        long sourcesBefore = rows.sources();

        Response refused = api.post("/api/sources", source("https://example.com/" + unique()), null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(rows.sources()).isEqualTo(sourcesBefore);
    }

    @Test
    void answersNotFoundForAnUnknownSource() {
        Response unknown = api.get("/api/sources/" + UUID.randomUUID());
        Response malformed = api.get("/api/sources/not-a-uuid");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(malformed.status()).isEqualTo(404);
    }

    @Test
    void concurrentPostsOfOneArticleEndInOneRowAndOneEvent() throws Exception {
        Map<String, Object> article = source("https://race.example/" + unique());
        int posters = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(posters);
        List<Future<Response>> answers;
        try {
            answers = java.util.stream.IntStream.range(0, posters)
                    .mapToObj(i -> executor.submit(() -> {
                        start.await();
                        return api.post("/api/sources", article, Caller.newsroom(USER.name() + "-" + i));
                    }))
                    .toList();
            start.countDown();
        } finally {
            executor.shutdown();
        }
        List<Response> responses = new java.util.ArrayList<>();
        for (Future<Response> answer : answers) {
            responses.add(answer.get());
        }

        assertThat(responses).extracting(Response::status).containsOnly(200, 201);
        assertThat(responses).filteredOn(response -> response.status() == 201).hasSize(1);
        String id = responses.stream().filter(response -> response.status() == 201).findFirst().orElseThrow()
                .string("id");
        assertThat(responses).filteredOn(response -> response.status() == 200)
                .allSatisfy(response -> assertThat(response.body())
                        .containsEntry("status", "DUPLICATE")
                        .containsEntry("duplicateOf", id));
        assertThat(rows.count("SELECT count(*) FROM sources WHERE canonical_url = ?", article.get("url")))
                .isEqualTo(1);
        assertThat(rows.outboxFor(id)).isEqualTo(1);
        assertThat(events.keyAfter(id, QUIET_PERIOD)).hasSize(1);
    }

    @Test
    void aPostThatLosesTheRaceToAConcurrentInsertIsAnsweredDuplicate() throws Exception {
        String url = "https://race.example/blocked/" + unique();
        UUID competitor = UUID.randomUUID();
        long outboxBefore = rows.outbox();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        Future<Response> answer;
        try (Connection connection = rows.connect()) {
            // Another intake has inserted the same article (its row and first version) but not committed: the
            // service's look-up cannot see it, so only the unique constraint can stop the second row.
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO sources (id, outlet, submitted_url, canonical_url, title, body, word_count, content_hash,
                                         channel, submitted_by, ingested_at)
                    VALUES (?, 'race.example', ?, ?, 'Competitor', 'Competitor body', 2, ?, 'HTTP', 'other', now())""")) {
                insert.setObject(1, competitor);
                insert.setString(2, url);
                insert.setString(3, url);
                insert.setString(4, unique().replace("-", "") + unique().replace("-", ""));
                insert.executeUpdate();
            }
            try (PreparedStatement keep = connection.prepareStatement("""
                    INSERT INTO source_versions (source_id, version, outlet, submitted_url, canonical_url, title, body,
                                                 body_format, word_count, content_hash, subjects, channel,
                                                 submitted_by, ingested_at)
                    SELECT id, version, outlet, submitted_url, canonical_url, title, body, body_format, word_count,
                           content_hash, subjects, channel, submitted_by, ingested_at
                    FROM sources WHERE id = ?""")) {
                keep.setObject(1, competitor);
                keep.executeUpdate();
            }
            answer = executor.submit(() -> api.post("/api/sources", source(url), USER));
            await().atMost(EVENT_TIMEOUT).until(() -> rows.count("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE datname = current_database() AND wait_event_type = 'Lock'""") > 0);
            connection.commit();
        } finally {
            executor.shutdown();
        }

        Response duplicate = answer.get(EVENT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(duplicate.status()).isEqualTo(200);
        assertThat(duplicate.body())
                .containsEntry("status", "DUPLICATE")
                .containsEntry("duplicateOf", competitor.toString())
                .containsEntry("matchedBy", "canonical-url")
                .containsEntry("title", "Competitor");
        assertThat(rows.count("SELECT count(*) FROM sources WHERE canonical_url = ?", url)).isEqualTo(1);
        assertThat(rows.outbox()).isEqualTo(outboxBefore);
    }

    /** No row, no outbox row, and no second event once a later source's event has gone out. */
    private void assertNothingNewStoredOrAnnounced(String id, long sourcesBefore, long outboxBefore) {
        assertThat(rows.sources()).isEqualTo(sourcesBefore);
        assertThat(rows.outbox()).isEqualTo(outboxBefore);
        assertThat(rows.outboxFor(id)).isEqualTo(1);
        String later = api.post("/api/sources", source("https://later.example/" + unique()), USER).string("id");
        assertThat(events.awaitKey(later, EVENT_TIMEOUT)).hasSize(1);
        assertThat(events.keyAfter(id, QUIET_PERIOD)).hasSize(1);
    }

    private static Map<String, Object> source(String url) {
        Map<String, Object> source = new HashMap<>();
        source.put("url", url);
        source.put("title", "A title " + unique());
        source.put("body", "A body that no other test uses: " + unique());
        return source;
    }

    @SuppressWarnings("unchecked")
    private static List<String> errorFields(Response response) {
        return ((List<Map<String, Object>>) response.body().get("errors")).stream()
                .map(error -> (String) error.get("field"))
                .toList();
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }
}
