package news.prism.render.ninjs;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import news.prism.events.Block;
import news.prism.events.StoryPublished;
import news.prism.render.RenderSettings;
import news.prism.render.ninjs.NinjsDocument.Association;
import news.prism.render.ninjs.NinjsDocument.InfoSource;
import news.prism.render.ninjs.NinjsDocument.Rendition;
import news.prism.render.ninjs.NinjsDocument.Standard;
import news.prism.render.ninjs.NinjsDocument.Subject;
import news.prism.render.ninjs.NinjsDocument.Text;
import news.prism.render.topic.FeedIds;
import news.prism.render.view.StoryPageView;
import news.prism.render.view.StoryPageView.SourceItem;
import news.prism.render.view.Templates;

/**
 * Writes a story version's ninjs item from what its page shows: the headline, the dek (and a correction's note) as
 * descriptions, the body as plain text and as HTML (citation markers linking to {@code #source-n}, the name of
 * the source's association), the topic and the perspectives (their share of coverage as relevance) as subjects,
 * and each cited source as an association.
 */
@Singleton
public class NinjsDocuments {

    static final String BODY_VIEW = "ninjs/body";
    private static final String TOPIC = "topic";
    private static final String PERSPECTIVE = "perspective";

    private final RenderSettings settings;
    private final NinjsSettings ninjs;
    private final FeedIds ids;
    private final Templates templates;
    private final JsonMapper json;

    public NinjsDocuments(RenderSettings settings, NinjsSettings ninjs, Templates templates, JsonMapper json) {
        templates.require(BODY_VIEW);
        this.settings = settings;
        this.ninjs = ninjs;
        this.ids = new FeedIds(settings);
        this.templates = templates;
        this.json = json;
    }

    /** The item's JSON, as stored with the page and served at {@code /{topic}/{slug}.json}. */
    public String write(StoryPublished story, StoryPageView page) {
        return toJson(document(story, page));
    }

    NinjsDocument document(StoryPublished story, StoryPageView page) {
        var header = page.header();
        List<Text> descriptions = new ArrayList<>(List.of(new Text("summary", NinjsDocument.PLAIN_TEXT, header.dek())));
        if (header.correctionNote() != null) {
            descriptions.add(new Text("correction", NinjsDocument.PLAIN_TEXT, header.correctionNote()));
        }
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject(header.topicName(), TOPIC, settings.absoluteUrl(header.topicPath()),
                header.topicSlug(), null));
        page.perspectives().forEach(perspective -> subjects.add(
                new Subject(perspective.name(), PERSPECTIVE, null, perspective.key(), perspective.share())));
        return new NinjsDocument(
                ids.entry(story.getStoryId()),
                Standard.NINJS_2_2,
                "text",
                NinjsDocument.FULL,
                String.valueOf(story.getVersion()),
                page.metadata().firstPublishedIso(),
                page.metadata().modifiedIso(),
                NinjsDocument.USABLE,
                ninjs.language(),
                List.of(new Text("main", NinjsDocument.PLAIN_TEXT, header.headline())),
                List.copyOf(descriptions),
                List.of(new Text("main", NinjsDocument.PLAIN_TEXT, plainText(story.getBody())),
                        new Text("main", NinjsDocument.HTML, templates.render(BODY_VIEW, "blocks", page.body(), 4096))),
                header.byline(),
                List.copyOf(subjects),
                page.sources().stream().map(source -> association(source, header.canonicalUrl())).toList(),
                List.of(new Rendition("page", header.canonicalUrl(), NinjsDocument.HTML)));
    }

    NinjsDocument read(String document) {
        try {
            return json.readValue(document, NinjsDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored ninjs item no longer reads", e);
        }
    }

    String toJson(NinjsDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException("No JSON for the ninjs item " + document.uri(), e);
        }
    }

    /** A source whose URL is not a web URL is identified by its entry on the page. */
    private static Association association(SourceItem source, String pageUrl) {
        return new Association(
                source.anchor(),
                source.url() != null ? source.url() : pageUrl + "#" + source.anchor(),
                "text",
                List.of(new Text(null, null, source.title())),
                List.of(new InfoSource(source.outlet())),
                List.of(new Subject(source.group(), PERSPECTIVE, null, null, null)));
    }

    /** The body as paragraphs of text, one blank line between blocks; citation markers stay as they are. */
    private static String plainText(List<Block> body) {
        return body.stream().map(NinjsDocuments::plainText).filter(text -> !text.isBlank())
                .collect(Collectors.joining("\n\n"));
    }

    private static String plainText(Block block) {
        return switch (block.getType()) {
            case PARAGRAPH, HEADING -> orEmpty(block.getText());
            case QUOTE -> block.getAttribution() == null
                    ? orEmpty(block.getText())
                    : orEmpty(block.getText()) + "\n— " + block.getAttribution();
            case FIGURE -> orEmpty(block.getCaption());
            case LIST -> block.getItems().stream().map(item -> "- " + item).collect(Collectors.joining("\n"));
        };
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
