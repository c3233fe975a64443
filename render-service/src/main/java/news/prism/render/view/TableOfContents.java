package news.prism.render.view;

import java.util.ArrayList;
import java.util.List;
import news.prism.events.StoryPublished;
import news.prism.render.view.StoryPageView.ContentsEntry;
import news.prism.render.view.StoryPageView.ContentsPart;

/**
 * The page's table of contents: the four parts of the story anatomy after the header, each with the sections the
 * page shows of it. A section the story leaves empty has no entry, as it has no place on the page.
 */
final class TableOfContents {

    private TableOfContents() {
    }

    static List<ContentsPart> of(StoryPublished story) {
        return List.of(
                new ContentsPart("Orientation", present(
                        entry("perspectives", "Perspectives", true),
                        entry("not-represented", "What's not represented", true),
                        entry("why-it-matters", "Why it matters", true),
                        entry("key-points", "Key points", true),
                        entry("key-figures", "Key figures", !story.getKeyFigures().isEmpty()))),
                new ContentsPart("Body", present(entry("story-body", "The story", true))),
                new ContentsPart("Context", present(
                        entry("timeline", "How we got here", !story.getTimeline().isEmpty()),
                        entry("viewpoints", "Viewpoints in depth", !story.getViewpoints().isEmpty()),
                        entry("unknowns", "What we don't know", !story.getUnknowns().isEmpty()),
                        entry("key-terms", "Key terms", !story.getKeyTerms().isEmpty()),
                        entry("faq", "Frequently asked", !story.getFaq().isEmpty()))),
                new ContentsPart("Sources", present(
                        entry("source-perspectives", "Perspectives in the sources", true),
                        entry("sources", "Sources", true),
                        entry("source-coverage", "Source coverage", true))))
                .stream().filter(part -> !part.entries().isEmpty()).toList();
    }

    private static ContentsEntry entry(String anchor, String title, boolean shown) {
        return shown ? new ContentsEntry(anchor, title) : null;
    }

    private static List<ContentsEntry> present(ContentsEntry... entries) {
        List<ContentsEntry> shown = new ArrayList<>(entries.length);
        for (ContentsEntry entry : entries) {
            if (entry != null) {
                shown.add(entry);
            }
        }
        return List.copyOf(shown);
    }
}
