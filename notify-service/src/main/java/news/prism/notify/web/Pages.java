package news.prism.notify.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The small pages a reader sees after following a link from a mail or posting the subscribe box: jte templates
 * under {@code src/main/jte/pages}, in the frame of {@code layout/page.jte}.
 */
@Singleton
public class Pages {

    public static final MediaType TEXT_HTML_UTF8 = MediaType.of("text/html;charset=utf-8");

    private final Templates templates;

    public Pages(Templates templates) {
        this.templates = templates;
    }

    /** @param page the template's name under {@code pages/}, without extension */
    public MutableHttpResponse<String> respond(HttpStatus status, String page, Map<String, Object> parameters) {
        return HttpResponse.<String>status(status)
                .contentType(TEXT_HTML_UTF8)
                // The URL of these pages carries a token; it must not leak to other sites or stay in caches.
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .body(templates.html("pages/" + page, parameters));
    }
}
