package news.prism.e2e.corpus;

import static news.prism.e2e.corpus.Field.bool;
import static news.prism.e2e.corpus.Field.feedUrl;
import static news.prism.e2e.corpus.Field.integer;
import static news.prism.e2e.corpus.Field.list;
import static news.prism.e2e.corpus.Field.object;
import static news.prism.e2e.corpus.Field.text;
import static news.prism.e2e.corpus.Field.url;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import news.prism.devstack.PrismService;
import news.prism.e2e.corpus.AddressFamilies.IdEndpoint;
import news.prism.e2e.corpus.AddressFamilies.TokenEndpoint;

/**
 * Every write endpoint of the four services (render-service has none), each with a body it would accept and the
 * fields of that body as its request record declares them.
 */
final class WriteEndpoints {

    static final String JSON = "application/json";
    static final String NINJS = "application/vnd.iptc.ninjs+json";
    private static final int REVIEW_TEXT_TOO_LONG = 100 * 1024;
    /** Beyond ingest's limit on a source's body (1 MB of UTF-8), which is larger than any other field's. */
    private static final int BODY_TOO_LONG = 2_000_000;

    private static final List<Field> SOURCE_FIELDS = List.of(text("outlet"), url("url").mandatory(),
            text("title").mandatory(), text("body").mandatory().tooLong(BODY_TOO_LONG), text("bodyFormat"),
            text("publishedAt"), text("language"));

    private static final List<Field> NINJS_FIELDS = List.of(text("uri").mandatory().tooLong(10_240),
            text("versioncreated"), text("firstcreated"), text("language"), text("by"), text("copyrightholder"),
            list("headlines"), text("headlines[0].value").mandatory().alsoNamed("headlines"), text("headlines[0].role"),
            list("bodies"), text("bodies[0].value").mandatory().tooLong(BODY_TOO_LONG).alsoNamed("bodies"),
            text("bodies[0].contenttype"),
            list("subjects"), text("subjects[0].name"), list("renditions"), url("renditions[0].href"));

    private static final List<Field> STORY_FIELDS = List.of(
            // Free text first: the document-level families put their bytes into the first text field.
            text("headline").mandatory(), text("format"), object("topic").mandatory(),
            text("topic.slug").mandatory(), text("topic.name").mandatory(), text("dek").mandatory(),
            text("byline").mandatory(), text("whyItMatters"), bool("allRepresented"),
            list("perspectives"), text("perspectives[0].key").mandatory(), text("perspectives[0].name").mandatory(),
            text("perspectives[0].summary").mandatory(), integer("perspectives[0].share"),
            list("notRepresented"), text("notRepresented[0]").mandatory(),
            list("keyPoints").mandatory(), text("keyPoints[0]").mandatory(),
            list("keyFigures"), text("keyFigures[0].value").mandatory(), text("keyFigures[0].label").mandatory(),
            list("body").mandatory(), text("body[0].type").mandatory(), text("body[0].text").mandatory(),
            text("body[3].attribution").mandatory(), list("body[5].items").mandatory(),
            text("body[5].items[0]").mandatory(), text("body[6].caption").mandatory(), text("body[6].alt").mandatory(),
            url("body[6].imageUrl"),
            list("timeline").mandatory(), text("timeline[0].when").mandatory(), text("timeline[0].text").mandatory(),
            text("timeline[1].date"),
            list("viewpoints").mandatory(), text("viewpoints[0].perspective").mandatory(),
            text("viewpoints[0].tagline").mandatory(), text("viewpoints[0].text").mandatory(),
            list("unknowns").mandatory(), text("unknowns[0]").mandatory(),
            list("keyTerms").mandatory(), text("keyTerms[0].term").mandatory(),
            text("keyTerms[0].definition").mandatory(),
            list("faq").mandatory(), text("faq[0].question").mandatory(), text("faq[0].answer").mandatory(),
            list("sources").mandatory(), integer("sources[0].n"), text("sources[0].outlet").mandatory(),
            text("sources[0].title").mandatory(), url("sources[0].url").mandatory(),
            text("sources[0].perspective").mandatory(), text("sources[0].sourceId"));

    private final Fixtures fixtures;

    WriteEndpoints(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    List<JsonEndpoint> json() {
        ObjectNode story = Templates.story(fixtures.run());
        ObjectNode batch = JsonBodies.JSON.createObjectNode();
        batch.putArray("sources").add(Templates.source(fixtures.run()));
        return List.of(
                new JsonEndpoint(PrismService.INGEST, "POST /api/sources", "POST", "/api/sources", JSON,
                        fixtures.newsroom(), Templates.source(fixtures.run()), SOURCE_FIELDS, false),
                new JsonEndpoint(PrismService.INGEST, "POST /api/sources (ninjs)", "POST", "/api/sources", NINJS,
                        fixtures.newsroom(), Templates.ninjs(fixtures.run()), NINJS_FIELDS, false),
                new JsonEndpoint(PrismService.INGEST, "POST /api/sources/batch", "POST", "/api/sources/batch", JSON,
                        fixtures.newsroom(), batch, Stream.concat(Stream.of(list("sources").mandatory()),
                        SOURCE_FIELDS.stream().map(field -> field.within("sources[0]."))).toList(), true),
                new JsonEndpoint(PrismService.INGEST, "POST /api/feeds", "POST", "/api/feeds", JSON,
                        fixtures.editor(), Templates.feed(fixtures.run()),
                        List.of(feedUrl("url"), integer("intervalSeconds")), false),
                new JsonEndpoint(PrismService.STORY, "POST /api/stories", "POST", "/api/stories", JSON,
                        fixtures.reporter(), story, STORY_FIELDS, false),
                // The same record as a new story's: its top-level fields are enough to show PUT reads it as strictly.
                new JsonEndpoint(PrismService.STORY, "PUT /api/stories/{id}", "PUT",
                        "/api/stories/" + fixtures.draft(), JSON, fixtures.reporter(), story,
                        STORY_FIELDS.stream().filter(field -> field.path().matches("\\w+")).toList(), false),
                reviewStep("approve", fixtures.correctionInReview(), "correctionNote",
                        "The vote count in the second paragraph was corrected."),
                reviewStep("reject", fixtures.inReview(), "comments", "Please add a second source for the vote count."),
                reviewStep("retract", fixtures.published(), "reason", "The council's vote was misreported."),
                new JsonEndpoint(PrismService.STORY, "POST /api/candidates/{id}/story", "POST",
                        "/api/candidates/" + fixtures.candidate() + "/story", JSON, fixtures.reporter(),
                        Templates.storyStart(), List.of(text("topic.name").mandatory(), object("topic").mandatory(),
                        text("topic.slug").mandatory()), false),
                new JsonEndpoint(PrismService.NOTIFY, "POST /api/subscriptions", "POST", "/api/subscriptions", JSON,
                        null, Templates.subscription(fixtures.run()), List.of(text("email").mandatory().tooLong(10_240),
                        list("topics").mandatory(), text("topics[0]").mandatory().tooLong(10_240)), false));
    }

    /** A review step on a story in the state it needs, its one text field taken by an editor who may take it. */
    private JsonEndpoint reviewStep(String step, String storyId, String field, String example) {
        return new JsonEndpoint(PrismService.STORY, "POST /api/stories/{id}/" + step, "POST",
                "/api/stories/" + storyId + "/" + step, JSON, fixtures.approver(), Templates.one(field, example),
                List.of(text(field).mandatory().tooLong(REVIEW_TEXT_TOO_LONG)), false);
    }

    List<IdEndpoint> withIds() {
        byte[] story = JsonBodies.of(Templates.story(fixtures.run()));
        byte[] rejection = JsonBodies.of(Templates.one("comments", "Please add a second source."));
        byte[] retraction = JsonBodies.of(Templates.one("reason", "The council's vote was misreported."));
        byte[] start = JsonBodies.of(Templates.storyStart());
        byte[] none = new byte[0];
        return List.of(
                new IdEndpoint(PrismService.INGEST, "POST /api/feeds/{id}/pause", "POST", "/api/feeds/{id}/pause",
                        null, none, fixtures.editor()),
                new IdEndpoint(PrismService.INGEST, "POST /api/feeds/{id}/resume", "POST", "/api/feeds/{id}/resume",
                        null, none, fixtures.editor()),
                new IdEndpoint(PrismService.INGEST, "DELETE /api/feeds/{id}", "DELETE", "/api/feeds/{id}", null, none,
                        fixtures.editor()),
                new IdEndpoint(PrismService.STORY, "PUT /api/stories/{id}", "PUT", "/api/stories/{id}", JSON, story,
                        fixtures.reporter()),
                new IdEndpoint(PrismService.STORY, "POST /api/stories/{id}/submit", "POST", "/api/stories/{id}/submit",
                        null, none, fixtures.reporter()),
                new IdEndpoint(PrismService.STORY, "POST /api/stories/{id}/approve", "POST",
                        "/api/stories/{id}/approve", null, none, fixtures.approver()),
                new IdEndpoint(PrismService.STORY, "POST /api/stories/{id}/reject", "POST", "/api/stories/{id}/reject",
                        JSON, rejection, fixtures.approver()),
                new IdEndpoint(PrismService.STORY, "POST /api/stories/{id}/retract", "POST",
                        "/api/stories/{id}/retract", JSON, retraction, fixtures.approver()),
                new IdEndpoint(PrismService.STORY, "POST /api/candidates/{id}/story", "POST",
                        "/api/candidates/{id}/story", JSON, start, fixtures.reporter()));
    }

    List<TokenEndpoint> withTokens() {
        return List.of(
                new TokenEndpoint(PrismService.NOTIFY, "GET /subscriptions/confirm", "GET", "/subscriptions/confirm",
                        null, new byte[0]),
                new TokenEndpoint(PrismService.NOTIFY, "POST /subscriptions/unsubscribe", "POST",
                        "/subscriptions/unsubscribe", FormFamilies.FORM,
                        "List-Unsubscribe=One-Click".getBytes(StandardCharsets.US_ASCII)));
    }
}
