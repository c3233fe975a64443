package news.prism.story.story;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Every piece of text an editor wrote in a story, with its JSON path: where citation markers are looked for,
 * HTML is refused and words are counted.
 */
public final class StoryTexts {

    /** @param shown false for text a reader does not read on the page (a figure's alt text) */
    public record Text(String path, String value, boolean shown) {
    }

    private StoryTexts() {
    }

    public static List<Text> of(StoryContent story) {
        List<Text> texts = new ArrayList<>();
        add(texts, "headline", story.headline());
        add(texts, "dek", story.dek());
        add(texts, "byline", story.byline());
        if (story.topic() != null) {
            add(texts, "topic.name", story.topic().name());
        }
        each(story.perspectives(), "perspectives", (path, perspective) -> {
            add(texts, path + ".name", perspective.name());
            add(texts, path + ".summary", perspective.summary());
        });
        strings(texts, "notRepresented", story.notRepresented());
        add(texts, "whyItMatters", story.whyItMatters());
        strings(texts, "keyPoints", story.keyPoints());
        each(story.keyFigures(), "keyFigures", (path, figure) -> {
            add(texts, path + ".value", figure.value());
            add(texts, path + ".label", figure.label());
        });
        each(story.body(), "body", (path, block) -> {
            add(texts, path + ".text", block.text());
            add(texts, path + ".attribution", block.attribution());
            add(texts, path + ".caption", block.caption());
            if (block.alt() != null) {
                texts.add(new Text(path + ".alt", block.alt(), false));
            }
            strings(texts, path + ".items", block.items());
        });
        each(story.timeline(), "timeline", (path, entry) -> {
            add(texts, path + ".when", entry.when());
            add(texts, path + ".text", entry.text());
        });
        each(story.viewpoints(), "viewpoints", (path, viewpoint) -> {
            add(texts, path + ".tagline", viewpoint.tagline());
            add(texts, path + ".text", viewpoint.text());
        });
        strings(texts, "unknowns", story.unknowns());
        each(story.keyTerms(), "keyTerms", (path, term) -> {
            add(texts, path + ".term", term.term());
            add(texts, path + ".definition", term.definition());
        });
        each(story.faq(), "faq", (path, entry) -> {
            add(texts, path + ".question", entry.question());
            add(texts, path + ".answer", entry.answer());
        });
        each(story.sources(), "sources", (path, source) -> {
            add(texts, path + ".outlet", source.outlet());
            add(texts, path + ".title", source.title());
        });
        return texts;
    }

    private static void add(List<Text> texts, String path, String value) {
        if (value != null && !value.isBlank()) {
            texts.add(new Text(path, value, true));
        }
    }

    private static void strings(List<Text> texts, String path, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            add(texts, path + "[" + i + "]", values.get(i));
        }
    }

    private static <T> void each(List<T> items, String path, BiConsumer<String, T> visit) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                visit.accept(path + "[" + i + "]", items.get(i));
            }
        }
    }
}
