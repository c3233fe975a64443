package news.prism.story.source;

import static news.prism.story.Staff.ALICE;
import static news.prism.story.SampleStory.item;
import static news.prism.story.SampleStory.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import news.prism.events.SourceIngested;
import news.prism.story.Api;
import news.prism.story.SampleStory;
import news.prism.story.ServiceTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local copy of ingested sources, fed through the real broker, and citing a source by its id. */
@MicronautTest(transactional = false)
class SourceIngestedTest extends ServiceTestSupport {

    @Inject
    EmbeddedServer server;

    private Api api;

    @Override
    protected String name() {
        return "sources";
    }

    @BeforeAll
    void connect() {
        api = new Api(server.getURI());
    }

    @Test
    void aSourceDeliveredTwiceIsKeptOnceAndCanBeCitedByItsId() {
        String sourceId = UUID.randomUUID().toString();
        Instant ingestedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SourceIngested ingested = source(sourceId, "Council debates AI rule", ingestedAt);
        String eventId = UUID.randomUUID().toString();

        events.send(SOURCES_TOPIC, sourceId, eventId, ingested);
        events.send(SOURCES_TOPIC, sourceId, eventId, ingested);
        // Re-ingested later with a new title: once it shows, both deliveries before it (same key, same partition)
        // have been handled.
        events.send(SOURCES_TOPIC, sourceId, UUID.randomUUID().toString(),
                source(sourceId, "Council adopts AI rule", ingestedAt.plusSeconds(60)));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM sources WHERE source_id = ? AND title = 'Council adopts AI rule'",
                        sourceId) == 1);
        assertThat(count("SELECT count(*) FROM sources WHERE source_id = ?", sourceId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM inbox WHERE event_id = ?", eventId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM sources WHERE source_id = ? AND language = 'en' "
                + "AND excerpt LIKE 'The city council%' AND published_at IS NOT NULL", sourceId)).isEqualTo(1);

        Api.Response created = api.post("/api/stories", ALICE, SampleStory.json(story ->
                list(story, "sources").set(3, new HashMap<>(Map.of("sourceId", sourceId, "perspective", "vendors")))));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(item(created.json(), "sources", 3)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "n", 4, "sourceId", sourceId, "outlet", "Lindenport Herald", "title", "Council adopts AI rule",
                "url", "https://lindenport-herald.example/2026/06/council-adopts-ai-rule",
                "perspective", "vendors"));
    }

    @Test
    void anOlderCopyArrivingLateDoesNotOverwriteANewerOne() {
        String sourceId = UUID.randomUUID().toString();
        Instant ingestedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String olderEventId = UUID.randomUUID().toString();

        events.send(SOURCES_TOPIC, sourceId, UUID.randomUUID().toString(), source(sourceId, "Newer", ingestedAt));
        events.send(SOURCES_TOPIC, sourceId, olderEventId, source(sourceId, "Older", ingestedAt.minusSeconds(60)));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM inbox WHERE event_id = ?", olderEventId) == 1);
        Api.Response created = api.post("/api/stories", ALICE, SampleStory.json(story ->
                item(story, "sources", 3).put("sourceId", sourceId)));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(item(created.json(), "sources", 3)).containsEntry("title", "Newer");
    }

    @Test
    void anUnknownSourceIdIsRefusedByName() {
        Api.Response refused = api.post("/api/stories", ALICE, SampleStory.json(story -> {
            list(story, "sources").set(1, new HashMap<>(Map.of("sourceId", "no-such-source", "perspective", "city-hall")));
            list(story, "sources").set(4, new HashMap<>(Map.of("sourceId", "nor-this", "perspective", "civil-society")));
        }));

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.problemFields()).containsExactly("sources[1].sourceId", "sources[4].sourceId");
    }

    private static SourceIngested source(String sourceId, String title, Instant ingestedAt) {
        return SourceIngested.newBuilder()
                .setSourceId(sourceId)
                .setOutlet("Lindenport Herald")
                .setUrl("https://lindenport-herald.example/2026/06/council-adopts-ai-rule")
                .setTitle(title)
                .setBody("The city council voted on Thursday to require open-source licences for AI. " + "More. ".repeat(200))
                .setPublishedAt(ingestedAt.minus(2, ChronoUnit.HOURS))
                .setLanguage("en")
                .setContentHash("0".repeat(64))
                .setIngestedAt(ingestedAt)
                .setWordCount(213)
                .build();
    }
}
