package news.prism.story.desk;

import static news.prism.story.cluster.NewsTexts.BRIDGE_COASTAL;
import static news.prism.story.cluster.NewsTexts.BRIDGE_HERALD;
import static news.prism.story.cluster.NewsTexts.BRIDGE_RADIO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.events.SourceIngested;
import news.prism.events.StoryPublished;
import news.prism.story.ServiceTestSupport;
import news.prism.story.cluster.SourceText;
import news.prism.testkit.Caller;
import news.prism.testkit.HeadlessBrowser;
import news.prism.testkit.TopicEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two editors at the desk in headless Chromium, against the service on a random port with its real broker and
 * database: Carol starts a story from a candidate fed through the ingest topic, writes every section through the
 * forms, is refused with the broken rule beside its field, fixes it and submits; she may not approve her own story
 * and is told why; Bob approves it and its StoryPublished reaches the topic. Every screen is saved at 1280 and 375
 * px wide under {@code target/desk-screenshots/}.
 */
@MicronautTest(transactional = false)
class DeskInBrowserTest extends ServiceTestSupport {

    private static final String SOURCES = "ingest.sources.v1.desk-test";
    private static final Caller CAROL = Caller.editor("carol");
    private static final Caller BOB = Caller.editor("bob");
    private static final Path SCREENSHOTS = Path.of("target", "desk-screenshots");
    private static final Duration HANDLED = Duration.ofSeconds(30);
    private static final int WIDE = 1280;
    private static final int NARROW = 375;
    private static final int HEIGHT = 900;

    @Inject
    EmbeddedServer server;

    private HeadlessBrowser browser;

    @Override
    protected String name() {
        return "desk";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        infrastructure.createTopics(SOURCES);
        properties.put("prism.topics.sources", SOURCES);
        return properties;
    }

    @BeforeAll
    void start() {
        browser = HeadlessBrowser.start();
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void twoEditorsTakeACandidateToPublication() {
        Map<String, String> outlets = Map.of(BRIDGE_HERALD.sourceId(), "Lindenport Herald",
                BRIDGE_COASTAL.sourceId(), "Coastal Times", BRIDGE_RADIO.sourceId(), "Radio Lindenport");
        List.of(BRIDGE_HERALD, BRIDGE_COASTAL, BRIDGE_RADIO).forEach(text -> ingest(text, outlets.get(text.sourceId())));
        await().atMost(HANDLED).until(() -> count("SELECT count(*) FROM sources") == 3);

        Page carol = signIn(CAROL, "carol");
        assertThat(carol.locator(".candidate").count()).isEqualTo(1);
        shoot(carol, "2-home-candidates");
        carol.fill("[name=topicSlug]", "lindenport");
        carol.fill("[name=topicName]", "Lindenport");
        carol.getByText("Start a story from these reports").click();
        assertThat(carol.url()).matches(".*/desk/stories/[0-9a-f-]{36}");
        String storyId = carol.url().substring(carol.url().lastIndexOf('/') + 1);
        shoot(carol, "3-editor-from-candidate");

        writeExplainer(carol);
        // Source 3 is cited nowhere yet: the live check says so beside it while she writes.
        assertThat(carol.locator("#live-check li[data-field='sources[2]']").textContent()).contains("never cited");
        carol.locator("[data-field='sources[2]'].problem").waitFor();
        shoot(carol, "4-editor-live-check");

        carol.locator("button[value=submit]").first().click();
        assertThat(carol.locator(".notice").textContent()).contains("not submitted");
        assertThat(carol.locator("p.problem[data-field='sources[2]']").textContent())
                .contains("source 3 is never cited");
        assertThat(carol.locator("#f-sources-2-n").getAttribute("aria-describedby")).isNotBlank();
        shoot(carol, "5-editor-refused");

        carol.fill("[name='keyPoints[2]']", "Radio Lindenport answers commuters' questions about the closure [3].");
        carol.locator("button[value=submit]").first().click();
        assertThat(carol.url()).endsWith("/desk/stories/" + storyId + "/review?done=submitted");
        assertThat(carol.locator("#story-status").textContent()).isEqualTo("IN_REVIEW");
        assertThat(carol.locator(".perspective-legend li").count()).isEqualTo(2);
        shoot(carol, "6-review-preview");

        // Four eyes: the author is told she may not approve, and is refused when she tries.
        assertThat(carol.locator("#approve-refusal").textContent()).contains("carol wrote this story");
        carol.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")).click();
        assertThat(carol.locator("#notice").textContent()).contains("carol wrote this story; another editor must approve it");
        assertThat(carol.locator("#story-status").textContent()).isEqualTo("IN_REVIEW");
        shoot(carol, "7-review-four-eyes");

        Page bob = signIn(BOB, "bob");
        bob.locator("#review-queue a").first().click();
        assertThat(bob.url()).endsWith("/desk/stories/" + storyId + "/review");
        // Rejecting needs comments: said beside the field, and the story stays in review.
        bob.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reject with comments")).click();
        assertThat(bob.locator("#problem-f-comments").textContent()).contains("must not be blank");
        assertThat(bob.locator("#story-status").textContent()).isEqualTo("IN_REVIEW");
        bob.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")).click();
        assertThat(bob.locator("#story-status").textContent()).isEqualTo("APPROVED");
        shoot(bob, "8-review-approved");

        List<TopicEvent> published = awaitEvents(STORIES_TOPIC, storyId, 1, HANDLED);
        StoryPublished event = (StoryPublished) published.getFirst().payload();
        assertThat(event.getApprovedBy()).isEqualTo("bob");
        assertThat(event.getAuthor()).isEqualTo("carol");
        assertThat(event.getKeyPoints()).hasSize(3);
        assertThat(event.getSources()).hasSize(3);

        // A correction: the author edits the published story, another editor approves it with a note, and the
        // review page shows what changed.
        carol.navigate(base() + "/desk/stories/" + storyId + "/review");
        carol.getByText("Correct it").click();
        fill(carol, "dek", "The Harbour Bridge is shut for at least three weeks while engineers repair a girder [1].");
        carol.locator("button[value=submit]").first().click();
        assertThat(carol.locator("#story-status").textContent()).isEqualTo("IN_REVIEW");
        bob.navigate(base() + "/desk/stories/" + storyId + "/review");
        // The reviewer sees what the correction in review changes in the published version.
        assertThat(bob.locator("#diff-title").textContent()).contains("What this correction changes");
        assertThat(bob.locator(".diff tbody tr").first().textContent()).contains("dek").contains("three weeks");
        // Scheduled first (the desk reads its times as UTC), moved, then cancelled back into review.
        LocalDateTime inTwoHours = LocalDateTime.now(ZoneOffset.UTC).plusHours(2).truncatedTo(ChronoUnit.MINUTES);
        bob.fill("#correctionNote", "The closure is expected to last at least three weeks.");
        bob.fill("#publishAt", inTwoHours.toString());
        bob.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")).click();
        assertThat(bob.locator("#story-status").textContent()).isEqualTo("SCHEDULED");
        assertThat(bob.locator("#scheduled-for").textContent())
                .isEqualTo(inTwoHours.toString().replace('T', ' ') + " UTC");
        bob.fill("#newPublishAt", inTwoHours.plusHours(1).toString());
        bob.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the publication")).click();
        assertThat(bob.locator("#scheduled-for").textContent())
                .isEqualTo(inTwoHours.plusHours(1).toString().replace('T', ' ') + " UTC");
        shoot(bob, "9-review-scheduled");
        bob.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the publication (back to review)"))
                .click();
        assertThat(bob.locator("#story-status").textContent()).isEqualTo("IN_REVIEW");
        // Approved now, and mailed to the readers who were sent the story.
        bob.fill("#correctionNote", "The closure is expected to last at least three weeks.");
        bob.check("#notifySubscribers");
        bob.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")).click();
        assertThat(bob.locator("#story-status").textContent()).isEqualTo("APPROVED");
        assertThat(bob.locator(".diff tbody tr").first().textContent()).contains("dek").contains("three weeks");
        shoot(bob, "10-review-correction-diff");
        List<TopicEvent> versions = awaitEvents(STORIES_TOPIC, storyId, 2, HANDLED);
        assertThat(versions).hasSize(2);
        assertThat(((StoryPublished) versions.get(1).payload()).getNotifySubscribers()).isTrue();

        // The sources can be searched, and a story started from the ticked ones.
        carol.navigate(base() + "/desk/sources?q=girder");
        assertThat(carol.locator(".found li").count()).isPositive();
        carol.locator(".found input[type=checkbox]").first().check();
        carol.fill("#headline", "Girder inspections across the region");
        carol.fill("#topicSlug", "bridges");
        carol.fill("#topicName", "Bridges");
        shoot(carol, "11-sources-search");
        carol.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a story from the ticked sources"))
                .click();
        assertThat(carol.url()).matches(".*/desk/stories/[0-9a-f-]{36}$");
        assertThat(carol.inputValue("[name=headline]")).isEqualTo("Girder inspections across the region");
        assertThat(carol.locator("[name='sources[0].sourceId']").count()).isEqualTo(1);
    }

    @Test
    void aPageWithoutAValidTokenLeadsToSignIn() {
        Page page = browser.open(WIDE, HEIGHT);
        page.navigate(base() + "/desk");
        assertThat(page.url()).endsWith("/desk/sign-in");
        shoot(page, "1-sign-in");
        page.fill("#token", "not-a-token");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.url()).endsWith("/desk/sign-in?refused=1");
        assertThat(page.locator("#token-problem").textContent()).contains("not accepted");
    }

    private Page signIn(Caller caller, String name) {
        Page page = browser.open(WIDE, HEIGHT);
        page.navigate(base() + "/desk/sign-in");
        page.fill("#token", caller.authorization().substring("Bearer ".length()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.url()).endsWith("/desk");
        assertThat(page.locator(".who").textContent()).contains(name);
        return page;
    }

    /** Every section of the anatomy through the form's buttons and inputs; source 3 is left uncited. */
    private static void writeExplainer(Page page) {
        fill(page, "dek", "The Harbour Bridge is shut while engineers repair a cracked girder [1].");
        fill(page, "byline", "Prism Explainer Desk");
        add(page, "perspectives");
        fill(page, "perspectives[0].key", "city-hall");
        fill(page, "perspectives[0].name", "City administration");
        fill(page, "perspectives[0].summary", "Says safety comes first and the repair cannot wait [1].");
        add(page, "perspectives");
        fill(page, "perspectives[1].key", "commuters");
        fill(page, "perspectives[1].name", "Commuters");
        fill(page, "perspectives[1].summary", "Face longer journeys across the harbour [2].");
        fill(page, "sources[0].perspective", "city-hall");
        fill(page, "sources[1].perspective", "commuters");
        fill(page, "sources[2].perspective", "commuters");
        add(page, "notRepresented");
        fill(page, "notRepresented[0]", "Businesses on the harbour front");
        fill(page, "whyItMatters", "The bridge carries most of the city's cross-harbour traffic [1][2].");
        for (int i = 0; i < 3; i++) {
            add(page, "keyPoints");
        }
        fill(page, "keyPoints[0]", "The bridge is closed for repairs [1].");
        fill(page, "keyPoints[1]", "Ferries run extra services [2].");
        fill(page, "keyPoints[2]", "The closure may last weeks.");
        add(page, "keyFigures");
        fill(page, "keyFigures[0].value", "3 weeks");
        fill(page, "keyFigures[0].label", "expected closure");
        add(page, "body");
        fill(page, "body[0].text", "Engineers found a crack in the main girder during a routine inspection [1].");
        add(page, "body");
        page.selectOption("[name='body[1].type']", "quote");
        fill(page, "body[1].text", "We will not take risks with people's lives.");
        fill(page, "body[1].attribution", "The city engineer [1]");
        // Reordering: the quote goes first, then back below the paragraph.
        page.locator("button[value='up:body:1']").click();
        assertThat(page.inputValue("[name='body[0].attribution']")).isEqualTo("The city engineer [1]");
        page.locator("button[value='down:body:0']").click();
        assertThat(page.inputValue("[name='body[1].attribution']")).isEqualTo("The city engineer [1]");
        add(page, "timeline");
        fill(page, "timeline[0].when", "Monday");
        fill(page, "timeline[0].text", "Inspectors find the crack [1].");
        add(page, "viewpoints");
        fill(page, "viewpoints[0].perspective", "city-hall");
        fill(page, "viewpoints[0].tagline", "Safety first");
        fill(page, "viewpoints[0].text", "The city says it had no choice [1].");
        add(page, "unknowns");
        fill(page, "unknowns[0]", "How long the repair will take.");
        add(page, "keyTerms");
        fill(page, "keyTerms[0].term", "Girder");
        fill(page, "keyTerms[0].definition", "The main beam that carries the deck.");
        add(page, "faq");
        fill(page, "faq[0].question", "Can I walk across?");
        fill(page, "faq[0].answer", "No, the bridge is closed to everyone [1].");
        // An entry added by mistake is removed again.
        add(page, "faq");
        page.locator("button[value='remove:faq:1']").click();
        assertThat(page.locator("[name='faq[1].question']").count()).isEqualTo(0);
        page.locator("[name='faq[0].answer']").press("End");
        page.locator("#live-check li").first().waitFor();
    }

    private static void add(Page page, String list) {
        page.locator("button[value='add:" + list + "']").click();
        page.waitForLoadState();
    }

    private static void fill(Page page, String name, String value) {
        page.fill("[name='" + name + "']", value);
    }

    private static void shoot(Page page, String name) {
        for (int width : new int[] {WIDE, NARROW}) {
            page.setViewportSize(width, HEIGHT);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(name + "-" + width + ".png")));
        }
        page.setViewportSize(WIDE, HEIGHT);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getPort();
    }

    private void ingest(SourceText text, String outlet) {
        events.send(SOURCES, text.sourceId(), UUID.randomUUID().toString(), SourceIngested.newBuilder()
                .setSourceId(text.sourceId())
                .setOutlet(outlet)
                .setUrl("https://news.example/" + text.sourceId())
                .setTitle(text.title())
                .setBody(text.excerpt())
                .setPublishedAt(text.time())
                .setLanguage("en")
                .setContentHash("0".repeat(64))
                .setIngestedAt(text.time())
                .setWordCount(text.excerpt().split(" ").length)
                .build());
    }
}
