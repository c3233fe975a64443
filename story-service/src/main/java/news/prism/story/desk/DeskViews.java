package news.prism.story.desk;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the desk's precompiled jte templates ({@code src/main/jte/desk}) in jte's Html mode, where every value is
 * escaped for where it lands. Each template takes one parameter, {@code page}.
 */
@Singleton
public class DeskViews {

    private static final MediaType HTML_UTF8 =
            new MediaType(MediaType.TEXT_HTML, Map.of(MediaType.CHARSET_PARAMETER, "utf-8"));
    private static final int TYPICAL_PAGE_SIZE = 16 * 1024;

    private final HtmlJteViewsRenderer<Map<String, Object>> views;

    public DeskViews(HtmlJteViewsRenderer<Map<String, Object>> views) {
        this.views = views;
    }

    public MutableHttpResponse<String> ok(String view, Object page) {
        return respond(HttpStatus.OK, view, page);
    }

    public MutableHttpResponse<String> respond(HttpStatus status, String view, Object page) {
        return HttpResponse.<String>status(status).body(render(view, page)).contentType(HTML_UTF8);
    }

    public String render(String view, Object page) {
        if (!views.exists(view)) {
            throw new IllegalStateException("The precompiled template " + view + " is missing from the classpath");
        }
        var html = new StringWriter(TYPICAL_PAGE_SIZE);
        try {
            views.render(view, Map.of("page", page), null).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }
}
