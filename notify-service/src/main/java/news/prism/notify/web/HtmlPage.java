package news.prism.notify.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/**
 * The small pages a reader sees after following a link from a mail or posting the subscribe box.
 * {@code bodyHtml} must already be escaped; build it with {@link Html#escape}.
 */
public final class HtmlPage {

    public static final MediaType TEXT_HTML_UTF8 = MediaType.of("text/html;charset=utf-8");

    private HtmlPage() {
    }

    public static MutableHttpResponse<String> respond(HttpStatus status, String title, String bodyHtml) {
        return HttpResponse.<String>status(status)
                .contentType(TEXT_HTML_UTF8)
                // The URL of these pages carries a token; it must not leak to other sites or stay in caches.
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .body(render(title, bodyHtml));
    }

    static String render(String title, String bodyHtml) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Prism</title>
                </head>
                <body>
                <main>
                <h1>%s</h1>
                %s
                </main>
                </body>
                </html>
                """.formatted(Html.escape(title), Html.escape(title), bodyHtml);
    }
}
