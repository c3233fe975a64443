package news.prism.story.publish;

import static news.prism.story.SampleStory.item;
import static news.prism.story.SampleStory.list;
import static news.prism.story.Staff.ALICE;
import static news.prism.story.Staff.BOB;
import static news.prism.story.Staff.CAROL;
import static news.prism.story.Staff.DAVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.prism.story.Api;
import news.prism.story.SampleStory;
import news.prism.story.ServiceTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/stories/{id}/versions/{from}/diff/{to}}: a correction, field by field. */
@MicronautTest(transactional = false)
class VersionDiffTest extends ServiceTestSupport {

    private static final String NEW_HEADLINE = "Lindenport will buy only open-source AI for city services";
    private static final String NEW_KEY_POINT = "The rule applies from next January.";

    @Inject
    EmbeddedServer server;

    private Api api;
    private String id;
    private String oldHeadline;
    private String oldParagraph;

    @Override
    protected String name() {
        return "version_diff";
    }

    @BeforeAll
    void publishAndCorrect() {
        api = new Api(server.getURI());
        Map<String, Object> sample = SampleStory.tree();
        oldHeadline = (String) sample.get("headline");
        oldParagraph = (String) item(sample, "body", 1).get("text");
        id = (String) api.post("/api/stories", ALICE, SampleStory.json()).json().get("id");
        api.post("/api/stories/" + id + "/submit", ALICE, null);
        assertThat(api.post("/api/stories/" + id + "/approve", BOB, null).status()).isEqualTo(200);

        Api.Response corrected = api.put("/api/stories/" + id, CAROL, SampleStory.json(story -> {
            story.put("headline", NEW_HEADLINE);
            item(story, "body", 1).put("text", "A corrected paragraph.");
            list(story, "keyPoints").add(NEW_KEY_POINT);
            list(story, "faq").removeLast();
        }));
        assertThat(corrected.status()).as("%s", corrected).isEqualTo(200);
        api.post("/api/stories/" + id + "/submit", CAROL, null);
        Api.Response approved = api.post("/api/stories/" + id + "/approve", DAVE,
                "{\"correctionNote\": \"The headline overstated the rule.\"}");
        assertThat(approved.json()).as("%s", approved).containsEntry("currentVersion", 2);
    }

    @Test
    void aCorrectionShowsEachChangedFieldBeforeAndAfter() {
        Api.Response diff = api.get("/api/stories/" + id + "/versions/1/diff/2");

        assertThat(diff.status()).as("%s", diff).isEqualTo(200);
        assertThat(diff.json()).containsEntry("storyId", id).containsEntry("from", 1).containsEntry("to", 2);
        Map<String, Object> lastFaq = item(SampleStory.tree(), "faq", 2);
        assertThat(changes(diff)).containsExactly(
                change("headline", oldHeadline, NEW_HEADLINE),
                change("keyPoints[5]", null, NEW_KEY_POINT),
                change("body[1].text", oldParagraph, "A corrected paragraph."),
                change("faq[2]", lastFaq, null));
    }

    @Test
    void theOtherWayRoundTheChangesAreReversed() {
        assertThat(changes(api.get("/api/stories/" + id + "/versions/2/diff/1")))
                .contains(change("headline", NEW_HEADLINE, oldHeadline), change("keyPoints[5]", NEW_KEY_POINT, null));
        assertThat(changes(api.get("/api/stories/" + id + "/versions/1/diff/1"))).isEmpty();
    }

    @Test
    void anUnknownVersionIsNotFound() {
        Api.Response unknown = api.get("/api/stories/" + id + "/versions/1/diff/3");

        assertThat(unknown.status()).as("%s", unknown).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/stories/" + id + "/versions/0/diff/2").status()).isEqualTo(404);
        assertThat(api.get("/api/stories/" + id + "/versions/one/diff/2").problemFields()).containsExactly("from");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> changes(Api.Response diff) {
        return (List<Map<String, Object>>) diff.json().get("changes");
    }

    private static Map<String, Object> change(String path, Object before, Object after) {
        Map<String, Object> change = new HashMap<>();
        change.put("path", path);
        change.put("before", before);
        change.put("after", after);
        return change;
    }
}
