package news.prism.story.source;

import static news.prism.story.Staff.ALICE;
import static news.prism.story.SampleStory.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import news.prism.events.SourceIngested;
import news.prism.story.Api;
import news.prism.story.SampleStory;
import news.prism.story.ServiceTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/sources}: full-text search of the local copy, its filters and its pages, fed through the broker. */
@MicronautTest(transactional = false)
class SourceSearchTest extends ServiceTestSupport {

    private static final String HERALD = "Lindenport Herald";
    private static final String TIMES = "Harbour Times";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Inject
    EmbeddedServer server;

    private Api api;
    private final List<String> all = new ArrayList<>();
    private String ruleInHerald;
    private String ruleInTimes;
    private String ferry;

    @Override
    protected String name() {
        return "source_search";
    }

    @BeforeAll
    void ingest() {
        api = new Api(server.getURI());
        ruleInHerald = send(HERALD, "Council adopts open-source AI rule",
                "The city council voted to require open-source licences for AI used by city services.", 3);
        ruleInTimes = send(TIMES, "Open-source AI rule adopted by the council",
                "Councillors voted to require open-source licences for AI in city services.", 2);
        ferry = send(TIMES, "Ferry timetable changes for the winter",
                "The ferry operator said the open-source AI rule will not change its timetable.", 1);
        for (int i = 0; i < 5; i++) {
            send(HERALD, "Weather outlook " + i, "Rain and wind along the coast, day " + i + ".", 10 + i);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM sources") == all.size());
        Api.Response cited = api.post("/api/stories", ALICE, SampleStory.json(story ->
                item(story, "sources", 3).put("sourceId", ruleInHerald)));
        assertThat(cited.status()).as("%s", cited).isEqualTo(201);
    }

    @Test
    void titleMatchesRankAboveExcerptMatches() {
        List<Map<String, Object>> found = items(api.get("/api/sources?q=" + encode("open-source AI rule")));

        assertThat(found).extracting(item -> item.get("sourceId")).hasSize(3).endsWith(ferry)
                .contains(ruleInHerald, ruleInTimes);
        assertThat(found).extracting(item -> ((Number) item.get("rank")).doubleValue())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(items(api.get("/api/sources?q=" + encode("rule -ferry"))))
                .extracting(item -> item.get("sourceId")).containsExactlyInAnyOrder(ruleInHerald, ruleInTimes);
    }

    @Test
    void filtersByOutletTimeAssignmentAndCandidate() {
        assertThat(ids("?outlet=" + encode(TIMES))).containsExactly(ferry, ruleInTimes);
        // Each source was published a minute before its whole day.
        assertThat(ids("?from=" + NOW.minus(4, ChronoUnit.DAYS) + "&to=" + NOW.minus(1, ChronoUnit.DAYS).minusSeconds(60)))
                .containsExactly(ruleInTimes, ruleInHerald);
        assertThat(ids("?assigned=true")).containsExactly(ruleInHerald);
        assertThat(ids("?assigned=false&q=rule")).containsExactlyInAnyOrder(ruleInTimes, ferry);

        List<Map<String, Object>> everything = items(api.get("/api/sources?limit=100"));
        Map<String, Object> inCandidate = everything.stream().filter(item -> item.get("candidateId") != null)
                .findFirst().orElseThrow();
        Object candidate = inCandidate.get("candidateId");
        assertThat(ids("?candidate=" + candidate)).containsExactlyElementsOf(everything.stream()
                .filter(item -> Objects.equals(item.get("candidateId"), candidate))
                .map(item -> item.get("sourceId")).toList());
    }

    @Test
    void pagesHoldEverySourceOnceInOrder() {
        assertThat(walk("?limit=3")).containsExactlyElementsOf(ids("?limit=100")).hasSize(all.size());
        assertThat(walk("?limit=1&q=council")).containsExactlyElementsOf(ids("?limit=100&q=council")).hasSize(2);
    }

    @Test
    void badParametersAreNamed() {
        assertProblem("?from=yesterday", "from");
        assertProblem("?to=2026-13-01", "to");
        assertProblem("?candidate=nope", "candidate");
        assertProblem("?assigned=maybe", "assigned");
        assertProblem("?limit=-1", "limit");
        String rankedCursor = (String) api.get("/api/sources?limit=1&q=council").json().get("next");
        assertProblem("?cursor=" + rankedCursor, "cursor");
    }

    private List<Object> walk(String query) {
        List<Object> seen = new ArrayList<>();
        String next = null;
        do {
            Api.Response page = api.get("/api/sources" + query + (next == null ? "" : "&cursor=" + next));
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            items(page).forEach(item -> seen.add(item.get("sourceId")));
            next = (String) page.json().get("next");
        } while (next != null);
        return seen;
    }

    private void assertProblem(String query, String field) {
        Api.Response response = api.get("/api/sources" + query);
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemFields()).containsExactly(field);
    }

    private List<Object> ids(String query) {
        Api.Response response = api.get("/api/sources" + query);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return items(response).stream().map(item -> item.get("sourceId")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Api.Response page) {
        return (List<Map<String, Object>>) page.json().get("items");
    }

    /** A source published {@code daysAgo} days before now, sent as ingest-service would. */
    private String send(String outlet, String title, String body, int daysAgo) {
        String sourceId = UUID.randomUUID().toString();
        events.send(SOURCES_TOPIC, sourceId, UUID.randomUUID().toString(), SourceIngested.newBuilder()
                .setSourceId(sourceId)
                .setOutlet(outlet)
                .setUrl("https://news.example/" + sourceId)
                .setTitle(title)
                .setBody(body)
                .setPublishedAt(NOW.minus(daysAgo, ChronoUnit.DAYS).minusSeconds(60))
                .setLanguage("en")
                .setContentHash(sourceId.replace("-", "").repeat(2))
                .setIngestedAt(NOW)
                .setWordCount(body.split(" ").length)
                .build());
        all.add(sourceId);
        return sourceId;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
