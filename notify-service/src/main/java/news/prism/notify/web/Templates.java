package news.prism.notify.web;

import io.micronaut.views.jte.HtmlJteViewsRenderer;
import io.micronaut.views.jte.JteViewsRenderer;
import io.micronaut.views.jte.PlainJteViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import news.prism.notify.NotifySettings;

/**
 * Renders the precompiled jte templates: those under {@code src/main/jte} in jte's Html mode, where every value is
 * escaped for the context it lands in, and those under {@code src/main/jte-text} (the text parts of mails) in Plain
 * mode, where nothing is. Every template gets {@code siteName} besides its own parameters.
 */
@Singleton
public class Templates {

    private final HtmlJteViewsRenderer<Map<String, Object>> html;
    private final PlainJteViewsRenderer<Map<String, Object>> text;
    private final String siteName;

    public Templates(HtmlJteViewsRenderer<Map<String, Object>> html, PlainJteViewsRenderer<Map<String, Object>> text,
                     NotifySettings settings) {
        this.html = html;
        this.text = text;
        this.siteName = settings.siteName();
    }

    public String html(String view, Map<String, Object> parameters) {
        return render(html, view, parameters);
    }

    public String text(String view, Map<String, Object> parameters) {
        return render(text, view, parameters);
    }

    private String render(JteViewsRenderer<Map<String, Object>, ?> views, String view, Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("siteName", siteName);
        var out = new StringWriter();
        try {
            views.render(view, all, null).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
