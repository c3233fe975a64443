package news.prism.story.story;

import static news.prism.story.Staff.ALICE;
import static news.prism.story.Staff.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.prism.story.Api;
import news.prism.story.SampleStory;
import news.prism.story.ServiceTestSupport;
import news.prism.testkit.Caller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/stories}: filters, newest first, and pages that together hold each story once. */
@MicronautTest(transactional = false)
class StoryListingTest extends ServiceTestSupport {

    @Inject
    EmbeddedServer server;

    private Api api;
    private final List<String> aliceOnAi = new ArrayList<>();
    private final List<String> bobOnEnergy = new ArrayList<>();
    private String tidal;

    @Override
    protected String name() {
        return "listing";
    }

    @BeforeAll
    void writeStories() {
        api = new Api(server.getURI());
        for (int i = 0; i < 7; i++) {
            aliceOnAi.add(create(ALICE, SampleStory.json(story -> { })));
        }
        for (int i = 0; i < 3; i++) {
            bobOnEnergy.add(create(BOB, SampleStory.json(story ->
                    story.put("topic", Map.of("slug", "energy", "name", "Energy")))));
        }
        tidal = create(BOB, SampleStory.json(story -> {
            story.put("topic", Map.of("slug", "energy", "name", "Energy"));
            story.put("headline", "Lindenport approves a tidal power plant");
        }));
        bobOnEnergy.add(tidal);
        api.post("/api/stories/" + tidal + "/submit", BOB, null);
    }

    @Test
    void pagesHoldEveryStoryOnceNewestFirst() {
        List<Map<String, Object>> all = items(api.get("/api/stories?limit=100"));
        assertThat(all).hasSize(aliceOnAi.size() + bobOnEnergy.size());
        assertThat(all).extracting(item -> (String) item.get("createdAt"))
                .isSortedAccordingTo((a, b) -> b.compareTo(a));

        List<Object> paged = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            Api.Response page = api.get("/api/stories?limit=3" + (next == null ? "" : "&cursor=" + next));
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            List<Map<String, Object>> items = items(page);
            assertThat(items.size()).isBetween(1, 3);
            items.forEach(item -> paged.add(item.get("id")));
            assertThat(page.json()).containsKey("next");
            next = (String) page.json().get("next");
            pages++;
        } while (next != null);

        assertThat(pages).isEqualTo(4);
        assertThat(paged).containsExactlyElementsOf(all.stream().map(item -> item.get("id")).toList());
    }

    @Test
    void aStoryAddedBetweenPagesNeitherRepeatsNorHidesOthers() {
        Api.Response first = api.get("/api/stories?topic=ai&limit=4");
        List<Object> seen = new ArrayList<>(items(first).stream().map(item -> item.get("id")).toList());
        String later = create(ALICE, SampleStory.json(story -> { }));
        try {
            Api.Response second = api.get("/api/stories?topic=ai&limit=100&cursor=" + first.json().get("next"));
            items(second).forEach(item -> seen.add(item.get("id")));
            assertThat(second.json().get("next")).isNull();
            assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(aliceOnAi);
        } finally {
            execute("DELETE FROM source_assignments WHERE story_id = ?::uuid", later);
            execute("DELETE FROM stories WHERE id = ?::uuid", later);
        }
    }

    @Test
    void filtersByTopicAuthorStatusAndText() {
        assertThat(ids("?topic=energy")).containsExactlyInAnyOrderElementsOf(bobOnEnergy);
        assertThat(ids("?author=" + encode(" Alice "))).containsExactlyInAnyOrderElementsOf(aliceOnAi);
        assertThat(ids("?status=in_review")).containsExactly(tidal);
        assertThat(ids("?text=" + encode("tidal plants"))).containsExactly(tidal);
        assertThat(ids("?text=tidal&author=alice")).isEmpty();
        assertThat(ids("?topic=energy&author=bob&status=DRAFT"))
                .containsExactlyInAnyOrderElementsOf(bobOnEnergy.subList(0, 3));
    }

    @Test
    void anItemSaysWhereTheStoryStandsWithoutItsContent() {
        Map<String, Object> item = items(api.get("/api/stories?status=IN_REVIEW")).getFirst();

        assertThat(item).containsEntry("id", tidal).containsEntry("status", "IN_REVIEW")
                .containsEntry("topic", "energy").containsEntry("headline", "Lindenport approves a tidal power plant")
                .containsEntry("author", "bob").containsEntry("revision", 1)
                .containsKeys("slug", "createdAt", "updatedAt").doesNotContainKeys("body", "sources", "publishAt");
    }

    @Test
    void badParametersAreNamed() {
        assertProblem("/api/stories?status=PENDING", "status");
        assertProblem("/api/stories?limit=0", "limit");
        assertProblem("/api/stories?limit=101", "limit");
        assertProblem("/api/stories?limit=ten", "limit");
        assertProblem("/api/stories?cursor=not-a-cursor", "cursor");
        assertProblem("/api/stories?cursor=eA", "cursor");
        assertProblem("/api/stories?author=%E2%80%8B", "author");
    }

    private void assertProblem(String path, String field) {
        Api.Response response = api.get(path);
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemFields()).containsExactly(field);
    }

    private List<Object> ids(String query) {
        Api.Response response = api.get("/api/stories" + query);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return items(response).stream().map(item -> item.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Api.Response page) {
        return (List<Map<String, Object>>) page.json().get("items");
    }

    private String create(Caller author, String json) {
        Api.Response created = api.post("/api/stories", author, json);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return (String) created.json().get("id");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
