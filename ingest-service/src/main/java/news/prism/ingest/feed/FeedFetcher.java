package news.prism.ingest.feed;

import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a feed document over HTTP(S) with a conditional GET (the ETag and Last-Modified of the last fetch), a
 * connect timeout, a timeout for the whole response and a size cap. Every address it connects to, the first and
 * each redirect's, is checked by the {@link AddressGuard} first; redirects are followed here, at most
 * {@code max-redirects}, never by the HTTP client itself, and never to anything but http(s).
 */
@Singleton
public class FeedFetcher implements AutoCloseable {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int OK = 200;
    private static final int NOT_MODIFIED = 304;
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
            + "text/xml;q=0.8, */*;q=0.1";

    private final AddressGuard guard;
    private final FeedSettings settings;
    private final HttpClient client;

    public FeedFetcher(AddressGuard guard, FeedSettings settings) {
        this.guard = guard;
        this.settings = settings;
        // No proxy: the guard checks the addresses this client itself will connect to.
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public FetchedFeed fetch(URI url, @Nullable String etag, @Nullable String lastModified)
            throws FeedRefusedException {
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            checkScheme(current);
            guard.check(current);
            HttpResponse<byte[]> response = send(request(current, etag, lastModified));
            int status = response.statusCode();
            if (status == NOT_MODIFIED) {
                return new FetchedFeed.NotModified();
            }
            if (status == OK) {
                return new FetchedFeed.Document(response.body(), current,
                        response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null));
            }
            if (!REDIRECTS.contains(status)) {
                throw new FeedRefusedException("HTTP " + status + " from " + current);
            }
            if (redirects == settings.maxRedirects()) {
                throw new FeedRefusedException("more than " + settings.maxRedirects() + " redirects from " + url);
            }
            current = redirectTarget(current, response);
        }
    }

    private HttpRequest request(URI url, @Nullable String etag, @Nullable String lastModified) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        return request.build();
    }

    /**
     * Sends the request and reads the body within the read timeout. A redirect's or an error's body is read too
     * (capped), which keeps the connection reusable.
     */
    private HttpResponse<byte[]> send(HttpRequest request) throws FeedRefusedException {
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request,
                info -> info.headers().firstValueAsLong("Content-Length").orElse(0) > settings.maxBytes()
                        ? CappedBody.refusing(settings.maxBytes())
                        : CappedBody.upTo(settings.maxBytes()));
        try {
            return response.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new FeedRefusedException("no complete answer from " + request.uri() + " within "
                    + settings.readTimeout().toMillis() + " ms (timed out)", e);
        } catch (ExecutionException e) {
            throw refusal(request.uri(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedRefusedException("interrupted while fetching " + request.uri(), e);
        }
    }

    private FeedRefusedException refusal(URI url, Throwable cause) {
        if (cause instanceof CappedBody.TooLarge tooLarge) {
            return new FeedRefusedException(tooLarge.getMessage(), tooLarge);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FeedRefusedException("could not connect to " + url + " within "
                    + settings.connectTimeout().toMillis() + " ms (timed out)", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FeedRefusedException("no answer from " + url + " within " + settings.readTimeout().toMillis()
                    + " ms (timed out)", cause);
        }
        return new FeedRefusedException("could not fetch " + url + ": " + cause, cause);
    }

    private static URI redirectTarget(URI from, HttpResponse<?> response) throws FeedRefusedException {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new FeedRefusedException(
                "HTTP " + response.statusCode() + " from " + from + " without a Location"));
        try {
            return from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FeedRefusedException("a redirect from " + from + " to an invalid address", e);
        }
    }

    private static void checkScheme(URI url) throws FeedRefusedException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new FeedRefusedException(url + " is not an http(s) address");
        }
    }

    @PreDestroy
    @Override
    public void close() {
        client.close();
    }
}
