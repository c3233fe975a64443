package news.prism.story.review;

import static news.prism.story.Staff.ALICE;
import static news.prism.story.Staff.BOB;
import static news.prism.story.Staff.CAROL;
import static news.prism.story.SampleStory.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import news.prism.events.Block;
import news.prism.events.FaqEntry;
import news.prism.events.KeyFigure;
import news.prism.events.KeyTerm;
import news.prism.events.Perspective;
import news.prism.events.Source;
import news.prism.events.StoryPublished;
import news.prism.events.TimelineEntry;
import news.prism.events.Viewpoint;
import news.prism.story.Api;
import news.prism.story.SampleStory;
import news.prism.story.ServiceTestSupport;
import news.prism.story.story.StoryContent;
import news.prism.testkit.Caller;
import news.prism.testkit.TopicEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Drafting, review and publication over HTTP, with the event read back from the real broker. */
@MicronautTest(transactional = false)
class StoryPublishingTest extends ServiceTestSupport {

    private static final String SAMPLE_SLUG = "lindenport-votes-to-buy-only-open-source-ai-for-city-services";
    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    EmbeddedServer server;

    private Api api;

    @Override
    protected String name() {
        return "publishing";
    }

    @BeforeAll
    void connect() {
        api = new Api(server.getURI());
    }

    @Test
    void anApprovedStoryIsPublishedWholeWithItsComputedFields() {
        Api.Response created = api.post("/api/stories", ALICE, SampleStory.json());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        Map<String, Object> draft = created.json();
        String id = (String) draft.get("id");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(created.location()).isEqualTo("/api/stories/" + id);
        // Other tests publish the sample in the same topic, too: theirs may have taken the plain slug.
        assertThat(draft.get("slug")).asString().matches(SAMPLE_SLUG + "(-\\d+)?");
        assertThat(draft).containsEntry("status", "DRAFT")
                .containsEntry("author", "alice").containsEntry("lastEditor", "alice").containsEntry("revision", 1)
                .containsEntry("format", "explainer").containsEntry("topic", Map.of("slug", "ai", "name", "Open-Source AI"));
        assertThat(numbersOf(draft)).containsExactly(1, 2, 3, 4, 5, 6);

        Api.Response submitted = api.post("/api/stories/" + id + "/submit", ALICE, null);
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
        assertThat(submitted.json()).containsEntry("status", "IN_REVIEW");

        Api.Response approved = api.post("/api/stories/" + id + "/approve", BOB, null);
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(approved.json()).containsEntry("status", "APPROVED").containsEntry("currentVersion", 1);
        Instant firstPublishedAt = Instant.parse((String) approved.json().get("firstPublishedAt"));

        List<TopicEvent> published = awaitEvents(STORIES_TOPIC, id, 1, EVENT_TIMEOUT);
        assertThat(published).hasSize(1);
        TopicEvent envelope = published.getFirst();
        assertThat(envelope.type()).isEqualTo(StoryPublished.getClassSchema().getFullName());
        assertThat(envelope.source()).isEqualTo("/prism/story-service");
        assertThat(envelope.key()).isEqualTo(id);

        StoryPublished event = (StoryPublished) envelope.payload();
        assertThat(event.getStoryId()).isEqualTo(id);
        assertThat(event.getVersion()).isEqualTo(1);
        assertThat(event.getSlug()).isEqualTo(draft.get("slug"));
        assertThat(event.getAuthor()).isEqualTo("alice");
        assertThat(event.getApprovedBy()).isEqualTo("bob");
        assertThat(event.getPublishedAt()).isEqualTo(firstPublishedAt);
        assertThat(event.getFirstPublishedAt()).isEqualTo(firstPublishedAt);
        assertThat(event.getCorrectionNote()).isNull();
        // About 990 words of the page at 230 words a minute.
        assertThat(event.getReadingTimeMinutes()).isEqualTo(4);
        assertWholeAnatomy(event, SampleStory.content());

        assertThat(count("SELECT count(*) FROM outbox WHERE message_key = ?", id)).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anApprovedVersionCanBeReadBack() {
        String id = publishedSample();

        Api.Response version = api.get("/api/stories/" + id + "/versions/1");

        assertThat(version.status()).as("%s", version).isEqualTo(200);
        Map<String, Object> json = version.json();
        assertThat(json).containsEntry("storyId", id).containsEntry("version", 1).containsEntry("author", "alice")
                .containsEntry("approvedBy", "bob").containsEntry("readingTimeMinutes", 4)
                .containsEntry("headline", SampleStory.content().headline())
                .containsKeys("publishedAt", "firstPublishedAt", "body", "timeline", "faq", "sources")
                .doesNotContainKey("correctionNote");
        assertThat(((List<Map<String, Object>>) json.get("perspectives")).stream().map(p -> p.get("share")))
                .containsExactly(50, 17, 33);
        assertThat(api.get("/api/stories/" + id + "/versions/2").status()).isEqualTo(404);
    }

    @Test
    void editorsSharesArePublishedAsGiven() {
        String id = create(ALICE, SampleStory.json(story -> {
            item(story, "perspectives", 0).put("share", 40);
            item(story, "perspectives", 1).put("share", 25);
            item(story, "perspectives", 2).put("share", 35);
        }));
        api.post("/api/stories/" + id + "/submit", ALICE, null);
        api.post("/api/stories/" + id + "/approve", BOB, null);

        StoryPublished event = (StoryPublished) awaitEvents(STORIES_TOPIC, id, 1, EVENT_TIMEOUT).getFirst().payload();

        assertThat(event.getPerspectives()).extracting(Perspective::getShare).containsExactly(40, 25, 35);
    }

    @Test
    void theSameHeadlineInTheSameTopicGetsTheNextFreeSlug() {
        Map<String, String> topic = Map.of("slug", "slugs-" + UUID.randomUUID(), "name", "Slugs");
        Map<String, String> otherTopic = Map.of("slug", "slugs-" + UUID.randomUUID(), "name", "More slugs");
        String first = create(ALICE, SampleStory.json(story -> story.put("topic", topic)));
        String second = create(ALICE, SampleStory.json(story -> story.put("topic", topic)));
        String third = create(ALICE, SampleStory.json(story -> story.put("topic", topic)));
        String elsewhere = create(ALICE, SampleStory.json(story -> story.put("topic", otherTopic)));

        assertThat(List.of(first, second, third, elsewhere)).extracting(id -> api.get("/api/stories/" + id).json().get("slug"))
                .containsExactly(SAMPLE_SLUG, SAMPLE_SLUG + "-2", SAMPLE_SLUG + "-3", SAMPLE_SLUG);
    }

    @Test
    void anEditReplacesTheDraftAndRecordsItsEditor() {
        String id = create(ALICE, SampleStory.json());

        Api.Response edited = api.put("/api/stories/" + id, CAROL, SampleStory.json(story ->
                story.put("headline", "Lindenport adopts an open-source rule for city AI")));

        assertThat(edited.status()).as("%s", edited).isEqualTo(200);
        assertThat(edited.json()).containsEntry("author", "alice").containsEntry("lastEditor", "carol")
                .containsEntry("revision", 2).containsEntry("slug", "lindenport-adopts-an-open-source-rule-for-city-ai")
                .containsEntry("headline", "Lindenport adopts an open-source rule for city AI");
        assertThat(api.get("/api/stories/" + id).json()).containsEntry("lastEditor", "carol");
    }

    @Test
    void theAuthorCannotApproveTheirOwnStory() {
        String id = create(ALICE, SampleStory.json());
        api.post("/api/stories/" + id + "/submit", ALICE, null);

        Api.Response refused = api.post("/api/stories/" + id + "/approve", Caller.editor("Alice"), null);

        assertThat(refused.status()).as("%s", refused).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail")).asString().contains("wrote this story");
        assertNothingPublished(id, "IN_REVIEW");
        assertThat(awaitEvents(STORIES_TOPIC, id, 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void theLastEditorCannotApproveEither() {
        String id = create(ALICE, SampleStory.json());
        api.put("/api/stories/" + id, BOB, SampleStory.json());
        api.post("/api/stories/" + id + "/submit", BOB, null);

        Api.Response refused = api.post("/api/stories/" + id + "/approve", BOB, null);
        assertThat(refused.status()).as("%s", refused).isEqualTo(403);
        assertNothingPublished(id, "IN_REVIEW");

        Api.Response approved = api.post("/api/stories/" + id + "/approve", CAROL, null);
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
    }

    @Test
    void aStoryBreakingTheRulesIsRefusedOnSubmitWithEveryBrokenRule() {
        String id = create(ALICE, SampleStory.json(story -> {
            item(story, "body", 0).put("text", "The council voted on Thursday [9].");
            item(story, "perspectives", 0).put("share", 50);
            item(story, "perspectives", 1).put("share", 30);
            item(story, "perspectives", 2).put("share", 10);
            story.put("notRepresented", List.of());
            item(story, "sources", 2).put("url", "www.lindenport.example/finance/ai-procurement-costs");
        }));

        Api.Response refused = api.post("/api/stories/" + id + "/submit", ALICE, null);

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.problemFields()).as("%s", refused).containsExactlyInAnyOrder(
                "body[0].text", "perspectives", "notRepresented", "sources[2].url");
        assertNothingPublished(id, "DRAFT");
    }

    @Test
    void aStoryBreakingTheRulesIsRefusedOnApprovalWithNothingWritten() {
        String id = create(ALICE, SampleStory.json());
        api.post("/api/stories/" + id + "/submit", ALICE, null);
        // A story that reached review before a rule it breaks was enforced: only the database can hold one now.
        execute("UPDATE stories SET content = jsonb_set(content, '{whyItMatters}', 'null') WHERE id = ?",
                UUID.fromString(id));

        Api.Response refused = api.post("/api/stories/" + id + "/approve", BOB, null);

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.problemFields()).as("%s", refused).containsExactly("whyItMatters");
        assertNothingPublished(id, "IN_REVIEW");
    }

    @Test
    void eachStepIsTakenOnlyFromItsState() {
        String id = create(ALICE, SampleStory.json());

        assertThat(api.post("/api/stories/" + id + "/approve", BOB, null).status()).isEqualTo(409);
        assertThat(api.post("/api/stories/" + id + "/submit", ALICE, null).status()).isEqualTo(200);
        assertThat(api.post("/api/stories/" + id + "/submit", ALICE, null).status()).isEqualTo(409);
        Api.Response edit = api.put("/api/stories/" + id, ALICE, SampleStory.json());
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/stories/" + id + "/approve", BOB, null).status()).isEqualTo(200);
        assertThat(api.post("/api/stories/" + id + "/approve", CAROL, null).status()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM story_versions WHERE story_id = ?", UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void writesNameTheirEditor() {
        long stories = count("SELECT count(*) FROM stories");

        Api.Response anonymous = api.post("/api/stories", null, SampleStory.json());

        assertThat(anonymous.status()).as("%s", anonymous).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(count("SELECT count(*) FROM stories")).isEqualTo(stories);
    }

    @Test
    void theShapeOfADraftIsCheckedFieldByField() {
        Api.Response refused = api.post("/api/stories", ALICE, SampleStory.json(story -> {
            story.put("headline", "x".repeat(141));
            item(story, "body", 1).put("type", "video");
            SampleStory.list(story, "keyPoints").subList(2, 5).clear();
            SampleStory.list(story, "keyPoints").set(1, " ");
            item(story, "perspectives", 2).put("key", "Civil Society");
            story.remove("faq");
        }));

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.problemFields()).as("%s", refused).containsExactlyInAnyOrder(
                "headline", "body[1].type", "keyPoints", "keyPoints[1]", "perspectives[2].key", "faq");

        Api.Response quoteWithoutAttribution = api.post("/api/stories", ALICE, SampleStory.json(story ->
                item(story, "body", 4).remove("attribution")));
        assertThat(quoteWithoutAttribution.status()).isEqualTo(400);
        assertThat(quoteWithoutAttribution.problemFields()).as("%s", quoteWithoutAttribution).containsExactly("body[4].attribution");
    }

    @Test
    void anUnknownStoryIsNotFound() {
        Api.Response missing = api.get("/api/stories/" + UUID.randomUUID());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    private String create(Caller author, String json) {
        Api.Response created = api.post("/api/stories", author, json);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return (String) created.json().get("id");
    }

    private String publishedSample() {
        String id = create(ALICE, SampleStory.json());
        assertThat(api.post("/api/stories/" + id + "/submit", ALICE, null).status()).isEqualTo(200);
        assertThat(api.post("/api/stories/" + id + "/approve", BOB, null).status()).isEqualTo(200);
        return id;
    }

    private void assertNothingPublished(String id, String status) {
        assertThat(api.get("/api/stories/" + id).json()).containsEntry("status", status)
                .doesNotContainKey("currentVersion");
        assertThat(count("SELECT count(*) FROM story_versions WHERE story_id = ?", UUID.fromString(id))).isZero();
        assertThat(count("SELECT count(*) FROM outbox WHERE message_key = ?", id)).isZero();
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> numbersOf(Map<String, Object> story) {
        return ((List<Map<String, Object>>) story.get("sources")).stream().map(s -> (Integer) s.get("n")).toList();
    }

    private static void assertWholeAnatomy(StoryPublished event, StoryContent sample) {
        assertThat(event.getFormat()).isEqualTo("explainer");
        assertThat(event.getTopic().getSlug()).isEqualTo("ai");
        assertThat(event.getTopic().getName()).isEqualTo("Open-Source AI");
        assertThat(event.getHeadline()).isEqualTo(sample.headline());
        assertThat(event.getDek()).isEqualTo(sample.dek());
        assertThat(event.getByline()).isEqualTo(sample.byline());
        // No shares in the sample: 3, 1 and 2 of its 6 sources, by largest remainder.
        assertThat(event.getPerspectives())
                .extracting(Perspective::getKey, Perspective::getName, Perspective::getShare, Perspective::getSummary)
                .containsExactly(
                        tuple("city-hall", sample.perspectives().get(0).name(), 50, sample.perspectives().get(0).summary()),
                        tuple("vendors", sample.perspectives().get(1).name(), 17, sample.perspectives().get(1).summary()),
                        tuple("civil-society", sample.perspectives().get(2).name(), 33,
                                sample.perspectives().get(2).summary()));
        assertThat(event.getNotRepresented()).isEqualTo(sample.notRepresented());
        assertThat(event.getAllRepresented()).isFalse();
        assertThat(event.getWhyItMatters()).isEqualTo(sample.whyItMatters());
        assertThat(event.getKeyPoints()).isEqualTo(sample.keyPoints());
        assertThat(event.getKeyFigures()).extracting(KeyFigure::getValue, KeyFigure::getLabel)
                .containsExactlyElementsOf(sample.keyFigures().stream().map(f -> tuple(f.value(), f.label())).toList());
        assertThat(event.getBody())
                .extracting(b -> b.getType().name().toLowerCase(), Block::getText, Block::getAttribution,
                        Block::getCaption, Block::getAlt, Block::getImageUrl, Block::getItems)
                .containsExactlyElementsOf(sample.body().stream().map(b -> tuple(b.type(), b.text(), b.attribution(),
                        b.caption(), b.alt(), b.imageUrl(), b.items())).toList());
        assertThat(event.getBody()).extracting(b -> b.getType().name())
                .contains("PARAGRAPH", "HEADING", "QUOTE", "FIGURE", "LIST");
        assertThat(event.getTimeline()).extracting(TimelineEntry::getWhen, TimelineEntry::getDate, TimelineEntry::getText)
                .containsExactlyElementsOf(sample.timeline().stream()
                        .map(t -> tuple(t.when(), t.date(), t.text())).toList());
        assertThat(event.getViewpoints())
                .extracting(Viewpoint::getPerspective, Viewpoint::getTagline, Viewpoint::getText)
                .containsExactlyElementsOf(sample.viewpoints().stream()
                        .map(v -> tuple(v.perspective(), v.tagline(), v.text())).toList());
        assertThat(event.getUnknowns()).isEqualTo(sample.unknowns());
        assertThat(event.getKeyTerms()).extracting(KeyTerm::getTerm, KeyTerm::getDefinition)
                .containsExactlyElementsOf(sample.keyTerms().stream()
                        .map(t -> tuple(t.term(), t.definition())).toList());
        assertThat(event.getFaq()).extracting(FaqEntry::getQuestion, FaqEntry::getAnswer)
                .containsExactlyElementsOf(sample.faq().stream().map(f -> tuple(f.question(), f.answer())).toList());
        assertThat(event.getSources())
                .extracting(Source::getN, Source::getOutlet, Source::getTitle, Source::getUrl, Source::getPerspective,
                        Source::getSourceId)
                .containsExactlyElementsOf(IntStream.range(0, sample.sources().size()).mapToObj(i -> {
                    StoryContent.Source s = sample.sources().get(i);
                    return tuple(i + 1, s.outlet(), s.title(), s.url(), s.perspective(), null);
                }).toList());
    }
}
