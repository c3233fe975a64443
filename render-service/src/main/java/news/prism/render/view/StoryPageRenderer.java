package news.prism.render.view;

import jakarta.inject.Singleton;

/** Renders the reader's page with the template {@code story/page.jte}. */
@Singleton
public class StoryPageRenderer {

    static final String VIEW = "story/page";
    private static final int TYPICAL_PAGE_SIZE = 32 * 1024;

    private final Templates templates;

    public StoryPageRenderer(Templates templates) {
        templates.require(VIEW);
        this.templates = templates;
    }

    public String render(StoryPageView page) {
        return templates.render(VIEW, "page", page, TYPICAL_PAGE_SIZE);
    }
}
