package news.prism.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.RejectionError;
import news.prism.events.SourceIngested;
import news.prism.events.SourceRejected;
import news.prism.events.SourceSubmitted;
import news.prism.ingest.support.Rows;
import news.prism.ingest.support.Submissions;
import news.prism.testkit.EventsOnTopic;
import news.prism.testkit.Infrastructure;
import news.prism.testkit.TopicEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The inbound topic against a real broker and database: submissions are taken in by the API's rules, refusals go
 * to {@code ingest.rejections.v1} with their reason, duplicates and redeliveries change nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionsTopicTest implements TestPropertyProvider {

    private static final String SUBMISSIONS = "newsroom.source-submissions.v1";
    private static final String SOURCES = "ingest.sources.v1";
    private static final String REJECTIONS = "ingest.rejections.v1";
    private static final String NEWSROOM = "/newsroom/wire-desk";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration QUIET_PERIOD = Duration.ofSeconds(2);

    private Map<String, String> properties;
    private Submissions submissions;
    private EventsOnTopic ingested;
    private EventsOnTopic rejected;
    private Rows rows;

    @Override
    public Map<String, String> getProperties() {
        Infrastructure infrastructure = Infrastructure.shared();
        infrastructure.createTopics(SUBMISSIONS, SOURCES, REJECTIONS);
        properties = new HashMap<>(infrastructure.micronautProperties("ingest_" + getClass().getSimpleName()));
        properties.put("prism.consumer.group-id", "ingest-" + getClass().getSimpleName());
        return properties;
    }

    @BeforeAll
    void connect() {
        String bootstrap = Infrastructure.shared().bootstrapServers();
        submissions = new Submissions(bootstrap, SUBMISSIONS, NEWSROOM);
        ingested = new EventsOnTopic(bootstrap, SOURCES);
        rejected = new EventsOnTopic(bootstrap, REJECTIONS);
        rows = new Rows(properties);
    }

    @AfterAll
    void disconnect() {
        submissions.close();
        ingested.close();
        rejected.close();
    }

    @Test
    void takesInASubmissionAndAnnouncesIt() {
        String slug = unique();
        SourceSubmitted submission = SourceSubmitted.newBuilder()
                .setOutlet(null)
                .setUrl("https://News.Example.org/economy/" + slug + "?utm_medium=wire")
                .setTitle("  Rates held\n steady ")
                .setBody("The central bank held rates.\r\n\r\nMarkets shrugged in " + slug + ".")
                .setPublishedAt(Instant.parse("2026-03-02T07:15:00.250Z"))
                .setLanguage("en")
                .build();

        submissions.send(slug, unique(), submission);

        String canonicalUrl = "https://news.example.org/economy/" + slug;
        String id = awaitSourceAt(canonicalUrl);
        SourceIngested event = (SourceIngested) ingested.awaitKey(id, TIMEOUT).getFirst().payload();
        assertThat(event.getUrl()).isEqualTo(canonicalUrl);
        assertThat(event.getOutlet()).isEqualTo("news.example.org");
        assertThat(event.getTitle()).isEqualTo("Rates held steady");
        assertThat(event.getBody()).isEqualTo("The central bank held rates.\n\nMarkets shrugged in " + slug + ".");
        assertThat(event.getPublishedAt()).isEqualTo(Instant.parse("2026-03-02T07:15:00.250Z"));
        assertThat(rows.string("SELECT channel || ' ' || submitted_by FROM sources WHERE id = ?::uuid", id))
                .isEqualTo("TOPIC " + NEWSROOM);
    }

    @Test
    void refusesABrokenSubmissionWithItsReasonAndStoresNothing() {
        long sourcesBefore = rows.sources();
        String eventId = unique();
        SourceSubmitted broken = SourceSubmitted.newBuilder()
                .setUrl("javascript:alert(1)")
                .setTitle(" ")
                .setBody("x".repeat(1_000_001))
                .setLanguage("not a language")
                .build();

        submissions.send("broken", eventId, broken);

        List<TopicEvent> refusals = rejected.awaitKey(eventId, TIMEOUT);
        assertThat(refusals).hasSize(1);
        SourceRejected rejection = (SourceRejected) refusals.getFirst().payload();
        assertThat(rejection.getSubmissionId()).isEqualTo(eventId);
        assertThat(rejection.getUrl()).isEqualTo("javascript:alert(1)");
        assertThat(rejection.getErrors()).extracting(RejectionError::getField)
                .containsExactly("url", "title", "body", "language");
        assertThat(rejection.getReason())
                .startsWith("The submission breaks 4 rules: url must be an absolute http(s) URL;");
        assertThat(rejection.getRejectedAt()).isNotNull();
        assertThat(rows.sources()).isEqualTo(sourcesBefore);
    }

    @Test
    void storesADuplicateOrARedeliveryOnceAndAnnouncesItOnce() {
        String slug = unique();
        SourceSubmitted original = submission("https://dup.example/" + slug, "Harbour strike ends in " + slug + ".");
        SourceSubmitted sameUrl = submission("https://DUP.example/" + slug + "#update", "Other text " + unique());
        String mirror = "https://mirror.example/" + unique();
        SourceSubmitted sameText = submission(mirror, "HARBOUR STRIKE ENDS IN " + slug.toUpperCase() + ".");
        String originalEvent = unique();
        String afterwards = "https://dup.example/afterwards/" + unique();

        submissions.send(slug, originalEvent, original);
        submissions.send(slug, originalEvent, original);
        submissions.send(slug, unique(), sameUrl);
        submissions.send(slug, unique(), sameText);
        submissions.send(slug, unique(), submission(afterwards, "Unrelated " + unique()));

        awaitSourceAt(afterwards);
        String id = rows.string("SELECT id FROM sources WHERE canonical_url = ?", "https://dup.example/" + slug);
        assertThat(id).isNotNull();
        assertThat(rows.count("SELECT count(*) FROM sources WHERE canonical_url = ?", mirror)).isZero();
        assertThat(ingested.keyAfter(id, QUIET_PERIOD)).hasSize(1);
        assertThat(rows.count("SELECT count(*) FROM inbox WHERE event_id = ?", originalEvent)).isEqualTo(1);
    }

    @Test
    void takesAnHtmlBodyAndAnEditedVersionUnderTheSendersGuid() {
        String slug = unique();
        String url = "https://wire.example/" + slug;
        Instant firstVersion = Instant.parse("2026-03-02T07:00:00Z");
        SourceSubmitted first = SourceSubmitted.newBuilder()
                .setUrl(url)
                .setTitle("Dockers walk out")
                .setBody("<h2>Strike</h2><p>Dockers <b>walk out</b> in " + slug + ".</p><script>alert(1)</script>")
                .setBodyFormat("html")
                .setGuid("story-" + slug)
                .setVersionCreated(firstVersion)
                .setByline("A. Reporter")
                .setSubjects(List.of("labour"))
                .build();
        SourceSubmitted edited = SourceSubmitted.newBuilder(first)
                .setBody("<p>Dockers walk out in " + slug + "; talks resume on Monday.</p>")
                .setVersionCreated(firstVersion.plusSeconds(3600))
                .build();

        submissions.send(slug, unique(), first);
        String id = awaitSourceAt(url);
        SourceIngested announced = (SourceIngested) ingested.awaitKey(id, TIMEOUT).getFirst().payload();
        assertThat(announced.getBody()).contains("Strike", "Dockers walk out in " + slug).doesNotContain("<", "alert");
        assertThat(rows.string("SELECT body_format || ' ' || byline || ' ' || subjects[1] FROM sources "
                + "WHERE id = ?::uuid", id)).isEqualTo("HTML A. Reporter labour");

        submissions.send(slug, unique(), edited);
        submissions.send(slug, unique(), edited);
        await().atMost(TIMEOUT).until(() ->
                rows.count("SELECT version FROM sources WHERE id = ?::uuid", id) == 2);
        assertThat(ingested.keyAfter(id, QUIET_PERIOD)).hasSize(2);
        assertThat(rows.string("SELECT guid FROM source_guids WHERE source_id = ?::uuid", id))
                .isEqualTo("topic:" + NEWSROOM + ":story-" + slug);
    }

    @Test
    void refusesABodyFormatItDoesNotKnow() {
        String eventId = unique();
        submissions.send("pdf", eventId, SourceSubmitted.newBuilder(submission("https://pdf.example/" + unique(),
                "A body.")).setBodyFormat("pdf").build());

        SourceRejected rejection = (SourceRejected) rejected.awaitKey(eventId, TIMEOUT).getFirst().payload();
        assertThat(rejection.getErrors()).extracting(RejectionError::getField).containsExactly("bodyFormat");
    }

    @Test
    void refusesRecordsThatAreNoSubmissionAndGoesOnWithTheNextOnes() {
        String garbled = unique();
        String after = "https://after-garbage.example/" + unique();

        submissions.sendRaw("garbled", garbled, SourceSubmitted.getClassSchema().getFullName(),
                "<article>not Avro</article>".getBytes(StandardCharsets.UTF_8));
        submissions.sendRaw("headerless", null, "", new byte[] {1, 2, 3});
        submissions.send("after", unique(), submission(after, "Still taken in " + unique() + "."));

        SourceRejected rejection = (SourceRejected) rejected.awaitKey(garbled, TIMEOUT).getFirst().payload();
        assertThat(rejection.getErrors()).extracting(RejectionError::getField).containsExactly("record");
        assertThat(rejection.getReason()).startsWith("The submission breaks 1 rule: record is not a readable "
                + "SourceSubmitted event");
        List<TopicEvent> headerless = rejected.awaitKeyStartingWith(SUBMISSIONS + "-", TIMEOUT);
        assertThat(((SourceRejected) headerless.getFirst().payload()).getReason()).contains("ce_id");
        awaitSourceAt(after);
    }

    private String awaitSourceAt(String canonicalUrl) {
        await().atMost(TIMEOUT).until(() ->
                rows.count("SELECT count(*) FROM sources WHERE canonical_url = ?", canonicalUrl) == 1);
        return rows.string("SELECT id FROM sources WHERE canonical_url = ?", canonicalUrl);
    }

    private static SourceSubmitted submission(String url, String body) {
        return SourceSubmitted.newBuilder()
                .setUrl(url)
                .setTitle("Harbour " + url.substring(url.lastIndexOf('/') + 1))
                .setBody(body)
                .build();
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }
}
