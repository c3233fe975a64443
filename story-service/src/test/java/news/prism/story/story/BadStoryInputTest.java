package news.prism.story.story;

import static news.prism.story.Staff.ALICE;
import static news.prism.story.Staff.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import news.prism.story.Api;
import news.prism.story.SampleStory;
import news.prism.story.ServiceTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text PostgreSQL cannot store, values of the wrong type and oversized fields are refused with 400 naming the
 * field, before anything is written: never the 500 with PostgreSQL's message they once caused.
 */
@MicronautTest(transactional = false)
class BadStoryInputTest extends ServiceTestSupport {

    private static final String MARKER = "\"MARKER-5120\"";

    @Inject
    EmbeddedServer server;

    private Api api;

    @Override
    protected String name() {
        return "bad_input";
    }

    @BeforeAll
    void connect() {
        api = new Api(server.getURI());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "headline         | \"a\\u0000b\"  | headline",
            "headline         | \"\\ud800\"    | headline",
            "headline         | \"\\u200b\\u200b\\u200b\" | headline",
            "headline         | true           | headline",
            "dek              | [\"x\"]        | dek",
            "allRepresented   | \"yes\"        | allRepresented",
            "whyItMatters     | \"\\uffff\"    | whyItMatters",
            "perspectives | [{\"key\":\"a\",\"name\":\"A\",\"share\":1.5,\"summary\":\"s\"}] | perspectives[0].share",
            "body             | [\"x\"]        | body[0]",
            "keyPoints        | \"one\"        | keyPoints",
    })
    void aStoryWithABadValueIsRefusedNamingItAndNothingIsStored(String field, String json, String path) {
        long stories = count("SELECT count(*) FROM stories");

        Api.Response refused = api.post("/api/stories", ALICE, withRaw(field, json));

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.problemFields()).as("%s", refused).contains(path);
        assertThat(refused.body()).doesNotContain("PSQLException", "ERROR:");
        assertThat(count("SELECT count(*) FROM stories")).isEqualTo(stories);
    }

    @Test
    void aStoryFollowedByMoreThanOneDocumentIsRefused() {
        Api.Response refused = api.post("/api/stories", ALICE, SampleStory.json() + " {}");

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.problemFields()).containsExactly("$");
    }

    @Test
    void everySectionHasALimit() {
        Api.Response refused = api.post("/api/stories", ALICE, SampleStory.json(story -> {
            story.put("dek", "d".repeat(StoryContent.SENTENCE + 1));
            story.put("unknowns", Collections.nCopies(StoryContent.ENTRIES + 1, "Who pays?"));
            SampleStory.item(story, "body", 0).put("text", "t".repeat(StoryContent.BLOCK + 1));
        }));

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.problemFields()).contains("dek", "unknowns", "body[0].text");
    }

    @Test
    void aStoryTooLargeForOneEventIsRefusedWhole() {
        long stories = count("SELECT count(*) FROM stories");

        Api.Response refused = api.post("/api/stories", ALICE, SampleStory.json(story ->
                SampleStory.list(story, "body").addAll(Collections.nCopies(40,
                        Map.of("type", "paragraph", "text", "p".repeat(StoryContent.BLOCK))))));

        assertThat(refused.status()).as("%s", refused).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(count("SELECT count(*) FROM stories")).isEqualTo(stories);
    }

    @Test
    void rejectCommentsAndRetractionReasonsAreHeldToTheSameRules() {
        String inReview = created();
        assertThat(api.post(path(inReview, "submit"), ALICE, null).status()).isEqualTo(200);
        String published = created();
        assertThat(api.post(path(published, "submit"), ALICE, null).status()).isEqualTo(200);
        assertThat(api.post(path(published, "approve"), BOB, null).status()).isEqualTo(200);
        long reviews = count("SELECT count(*) FROM review_actions");

        for (String comments : List.of("\"Fix \\u0000 this\"", "\"\\udc00\"", "\"" + "c".repeat(5_001) + "\"")) {
            assertRefused(api.post(path(inReview, "reject"), BOB, "{\"comments\": " + comments + "}"), "comments");
        }
        for (String reason : List.of("\"Wrong \\u0000\"", "\"\\ud83d\"", "\"" + "r".repeat(5_001) + "\"")) {
            assertRefused(api.post(path(published, "retract"), BOB, "{\"reason\": " + reason + "}"), "reason");
        }
        assertRefused(api.post(path(published, "retract"), BOB, "{\"reason\": \"x\", \"reason\": \"y\"}"), "reason");

        assertThat(count("SELECT count(*) FROM review_actions")).isEqualTo(reviews);
        assertThat(api.get("/api/stories/" + inReview).json()).containsEntry("status", "IN_REVIEW");
        assertThat(api.get("/api/stories/" + published).json()).containsEntry("status", "APPROVED");
    }

    private void assertRefused(Api.Response refused, String field) {
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.problemFields()).as("%s", refused).containsExactly(field);
    }

    private String created() {
        Api.Response created = api.post("/api/stories", ALICE, SampleStory.json());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return (String) created.json().get("id");
    }

    /** The sample story with {@code field}'s value replaced by {@code json} exactly as written. */
    private static String withRaw(String field, String json) {
        Consumer<Map<String, Object>> marked = story -> story.put(field, MARKER.replace("\"", ""));
        return SampleStory.json(marked).replace(MARKER, json);
    }

    private static String path(String id, String step) {
        return "/api/stories/" + id + "/" + step;
    }
}
