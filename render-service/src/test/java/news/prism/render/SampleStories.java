package news.prism.render;

import java.time.Instant;
import java.util.List;
import news.prism.events.Block;
import news.prism.events.BlockType;
import news.prism.events.FaqEntry;
import news.prism.events.KeyFigure;
import news.prism.events.KeyTerm;
import news.prism.events.Perspective;
import news.prism.events.Source;
import news.prism.events.StoryPublished;
import news.prism.events.TimelineEntry;
import news.prism.events.Topic;
import news.prism.events.Viewpoint;

/** A complete explainer, every section of the story anatomy filled, as story-service would publish it. */
public final class SampleStories {

    public static final Instant FIRST_PUBLISHED = Instant.parse("2026-06-10T12:30:00Z");
    public static final String HEADLINE = "Who gets to decide what open-source AI means?";

    private SampleStories() {
    }

    /** Version 1 of a story; its slug carries the story id so that tests sharing a database do not collide. */
    public static StoryPublished.Builder fullStory(String storyId) {
        return StoryPublished.newBuilder()
                .setStoryId(storyId)
                .setVersion(1)
                .setSlug("open-source-ai-definition-" + storyId)
                .setFormat("explainer")
                .setTopic(new Topic("ai", "Open-Source AI"))
                .setHeadline(HEADLINE)
                .setDek("A new definition splits developers, companies and regulators over what must be shared.")
                .setByline("Prism Editorial Team")
                .setAuthor("ada")
                .setApprovedBy("grace")
                .setPublishedAt(FIRST_PUBLISHED)
                .setFirstPublishedAt(FIRST_PUBLISHED)
                .setCorrectionNote(null)
                .setReadingTimeMinutes(4)
                .setPerspectives(List.of(
                        new Perspective("developers", "Developers", 50, "Want weights and training code open [1]."),
                        new Perspective("companies", "AI companies", 30, "Want room to keep training data closed [2]."),
                        new Perspective("regulators", "Regulators", 20, "Want a definition the law can use [3][4].")))
                .setNotRepresented(List.of("Artists whose work is in training data"))
                .setAllRepresented(false)
                .setWhyItMatters("The label decides which models get lighter rules under the AI Act [3].")
                .setKeyPoints(List.of(
                        "A definition was published after two years of talks [1].",
                        "It does not require training data to be released [2].",
                        "Regulators may lean on it [3][4]."))
                .setKeyFigures(List.of(
                        new KeyFigure("17.8%", "of surveyed models meet the definition [1]"),
                        new KeyFigure("20", "organisations endorsed it")))
                .setBody(List.of(
                        block(BlockType.PARAGRAPH).setText("The definition arrived on Monday [1][2].").build(),
                        block(BlockType.HEADING).setText("What the text says").build(),
                        block(BlockType.QUOTE).setText("Openness without data is half the story.")
                                .setAttribution("A maintainer [1]").build(),
                        block(BlockType.FIGURE).setCaption("Models meeting the definition [1]")
                                .setAlt("Bar chart of models").setImageUrl("https://images.example/chart.png").build(),
                        block(BlockType.LIST).setItems(List.of("Weights [1]", "Code [2]", "Data information [4]")).build()))
                .setTimeline(List.of(
                        new TimelineEntry("Late 2022", null, "Talks begin [1]."),
                        new TimelineEntry("June 10, 2026", "2026-06-10", "The definition is published [2].")))
                .setViewpoints(List.of(
                        new Viewpoint("developers", "Open means reproducible", "Without data nobody can rebuild a model [1]."),
                        new Viewpoint("companies", "Data cannot always be shared", "Licences and privacy stand in the way [2].")))
                .setUnknowns(List.of("Whether courts will use the definition [3]."))
                .setKeyTerms(List.of(new KeyTerm("Open weights", "Model parameters anyone may download [1].")))
                .setFaq(List.of(new FaqEntry("Is my model open source?", "Only if code and weights are open [1].")))
                .setSources(List.of(
                        new Source(1, "The Verge", "What open-source AI means now", "https://www.theverge.example/osai",
                                "developers", "src-1"),
                        new Source(2, "Reuters", "Companies react to AI definition", "https://www.reuters.example/ai",
                                "companies", null),
                        new Source(3, "Reuters", "EU weighs open-source exemptions", "https://www.reuters.example/eu",
                                "regulators", "src-3"),
                        new Source(4, "Euractiv", "AI Act and open models", "https://www.euractiv.example/aiact",
                                "regulators", null)));
    }

    /** Where the story's page is served. */
    public static String pathOf(StoryPublished story) {
        return "/" + story.getTopic().getSlug() + "/" + story.getSlug();
    }

    /** A block of the type with every optional field empty. */
    public static Block.Builder block(BlockType type) {
        return Block.newBuilder().setType(type).setText(null).setAttribution(null).setCaption(null).setAlt(null)
                .setImageUrl(null).setItems(List.of());
    }
}
