package news.prism.notify.web;

import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import news.prism.notify.NotifySettings;

/**
 * Renders the precompiled jte templates under {@code src/main/jte}, in jte's Html mode: every value is escaped for
 * the context it lands in. Every template gets {@code siteName} besides its own parameters.
 */
@Singleton
public class Templates {

    private final HtmlJteViewsRenderer<Map<String, Object>> views;
    private final String siteName;

    public Templates(HtmlJteViewsRenderer<Map<String, Object>> views, NotifySettings settings) {
        this.views = views;
        this.siteName = settings.siteName();
    }

    public String render(String view, Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("siteName", siteName);
        var html = new StringWriter();
        try {
            views.render(view, all, null).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }
}
