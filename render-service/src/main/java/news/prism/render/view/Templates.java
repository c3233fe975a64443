package news.prism.render.view;

import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the precompiled jte templates under {@code src/main/jte}, in jte's Html mode: every value is escaped for
 * the context it lands in (element text, attribute, URL).
 */
@Singleton
public class Templates {

    private final HtmlJteViewsRenderer<Map<String, Object>> views;

    public Templates(HtmlJteViewsRenderer<Map<String, Object>> views) {
        this.views = views;
    }

    /** Fails at startup rather than at the first reader when a template did not make it into the build. */
    public void require(String view) {
        if (!views.exists(view)) {
            throw new IllegalStateException("The precompiled template " + view + " is missing from the classpath");
        }
    }

    /** Renders a template whose one parameter is called {@code parameter}. */
    public String render(String view, String parameter, Object model, int expectedSize) {
        var html = new StringWriter(expectedSize);
        try {
            views.render(view, Map.of(parameter, model), null).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }
}
