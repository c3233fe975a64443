package news.prism.render.view;

import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the reader's page with the precompiled jte template {@code story/page.jte}, in jte's Html mode: every
 * value is escaped for the context it lands in (element text, attribute, URL).
 */
@Singleton
public class StoryPageRenderer {

    static final String VIEW = "story/page";

    private final HtmlJteViewsRenderer<Map<String, Object>> views;

    public StoryPageRenderer(HtmlJteViewsRenderer<Map<String, Object>> views) {
        if (!views.exists(VIEW)) {
            throw new IllegalStateException("The precompiled template " + VIEW + " is missing from the classpath");
        }
        this.views = views;
    }

    public String render(StoryPageView page) {
        var html = new StringWriter(16 * 1024);
        try {
            views.render(VIEW, Map.of("page", page), null).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }
}
