package news.prism.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** GETs from the service under test as a reader's browser would, without following redirects. */
public final class ReaderHttp {

    /** What Chromium and Firefox send as Accept when they navigate to a page. */
    public static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    public ReaderHttp(URI base) {
        this.base = base;
    }

    /** GETs as a browser navigating to the address does, with its Accept header. */
    public HttpResponse<String> browse(String path) {
        return get(path, "Accept", BROWSER_ACCEPT);
    }

    /** @param headers name, value, name, value, ... */
    public HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(base.resolve(URI.create(path))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
