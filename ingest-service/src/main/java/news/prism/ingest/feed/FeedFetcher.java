package news.prism.ingest.feed;

import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.Set;
import news.prism.http.outbound.CheckedDnsResolver;
import news.prism.http.outbound.CheckedDnsResolver.RefusedHostException;
import news.prism.http.outbound.OutboundHttpClients;
import news.prism.http.outbound.RequestDeadlines;
import news.prism.http.outbound.RequestDeadlines.RequestDeadline;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;

/**
 * Fetches a feed document over HTTP(S) with a conditional GET (the ETag and Last-Modified of the last fetch), a
 * connect timeout, a timeout for the whole response and a size cap. The URL and each redirect target are read by the
 * {@link FeedUrlParser}; the HTTP client resolves every host through the {@link CheckedDnsResolver}, so it connects
 * only to addresses the guard allowed, and through no proxy. Redirects are followed here, at most
 * {@code max-redirects}, never by the HTTP client itself.
 */
@Singleton
public class FeedFetcher implements AutoCloseable {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int OK = 200;
    private static final int NOT_MODIFIED = 304;
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
            + "text/xml;q=0.8, */*;q=0.1";

    private final FeedSettings settings;
    private final FeedUrlParser urls;
    private final CloseableHttpClient client;
    private final RequestDeadlines deadlines = new RequestDeadlines("feed-fetch-deadline");

    public FeedFetcher(FeedSettings settings, FeedUrlParser urls, CheckedDnsResolver resolver) {
        this.settings = settings;
        this.urls = urls;
        this.client = OutboundHttpClients.create(resolver, settings.connectTimeout(), settings.readTimeout(),
                settings.userAgent());
    }

    public FetchedFeed fetch(URI url, @Nullable String etag, @Nullable String lastModified)
            throws FeedRefusedException {
        URI current = parse(url.toString(), "the feed's URL ");
        for (int redirects = 0; ; redirects++) {
            Answer answer = send(current, etag, lastModified);
            if (answer.status() == NOT_MODIFIED) {
                return new FetchedFeed.NotModified();
            }
            if (answer.status() == OK) {
                return new FetchedFeed.Document(answer.body(), current, answer.etag(), answer.lastModified());
            }
            if (!REDIRECTS.contains(answer.status())) {
                throw new FeedRefusedException("HTTP " + answer.status() + " from " + current);
            }
            if (redirects == settings.maxRedirects()) {
                throw new FeedRefusedException("more than " + settings.maxRedirects() + " redirects from " + url);
            }
            current = redirectTarget(current, answer);
        }
    }

    /**
     * Sends the request and reads the body within the read timeout, which a scheduled cancel enforces for the whole
     * response. A redirect's or an error's body is read too (capped), which keeps the connection reusable.
     */
    private Answer send(URI url, @Nullable String etag, @Nullable String lastModified) throws FeedRefusedException {
        HttpGet request = new HttpGet(url);
        request.setHeader("Accept", ACCEPT);
        if (etag != null) {
            request.setHeader("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.setHeader("If-Modified-Since", lastModified);
        }
        try (RequestDeadline deadline = deadlines.start(request, settings.readTimeout())) {
            try {
                return exchange(request);
            } catch (IOException e) {
                throw refusal(url, e, deadline.passed());
            }
        }
    }

    private Answer exchange(HttpGet request) throws IOException {
        ClassicHttpResponse response = client.executeOpen(null, request, null);
        boolean read = false;
        try {
            Answer answer = new Answer(response.getCode(), CappedBody.read(response.getEntity(), settings.maxBytes()),
                    header(response, "ETag"), header(response, "Last-Modified"), header(response, "Location"));
            read = true;
            return answer;
        } finally {
            // Read to the end, the connection goes back to the pool; otherwise it is dropped, unread.
            if (read) {
                response.close();
            } else if (response instanceof ModalCloseable closeable) {
                closeable.close(CloseMode.IMMEDIATE);
            }
        }
    }

    private FeedRefusedException refusal(URI url, IOException cause, boolean timedOut) {
        if (cause instanceof RefusedHostException refused) {
            return new FeedRefusedException(refused.getMessage(), refused.refusal());
        }
        if (cause instanceof CappedBody.TooLarge tooLarge) {
            return new FeedRefusedException(tooLarge.getMessage(), tooLarge);
        }
        if (timedOut) {
            return new FeedRefusedException("no complete answer from " + url + " within "
                    + settings.readTimeout().toMillis() + " ms (timed out)", cause);
        }
        if (cause instanceof ConnectTimeoutException) {
            return new FeedRefusedException("could not connect to " + url + " within "
                    + settings.connectTimeout().toMillis() + " ms (timed out)", cause);
        }
        if (cause instanceof SocketTimeoutException) {
            return new FeedRefusedException("no answer from " + url + " within " + settings.readTimeout().toMillis()
                    + " ms (timed out)", cause);
        }
        return new FeedRefusedException("could not fetch " + url + ": " + cause, cause);
    }

    private URI redirectTarget(URI from, Answer answer) throws FeedRefusedException {
        if (answer.location() == null) {
            throw new FeedRefusedException("HTTP " + answer.status() + " from " + from + " without a Location");
        }
        URI target;
        try {
            target = from.resolve(answer.location().strip());
        } catch (IllegalArgumentException e) {
            throw new FeedRefusedException("a redirect from " + from + " to an invalid address", e);
        }
        return parse(target.toString(), "a redirect from " + from + " to " + target + " refused: the URL ");
    }

    private URI parse(String url, String refusal) throws FeedRefusedException {
        try {
            return urls.parse(url);
        } catch (InvalidFeedUrlException e) {
            throw new FeedRefusedException(refusal + e.getMessage(), e);
        }
    }

    @Nullable
    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    @PreDestroy
    @Override
    public void close() {
        deadlines.close();
        client.close(CloseMode.IMMEDIATE);
    }

    /** A response as far as the fetcher cares. */
    private record Answer(int status, byte[] body, @Nullable String etag, @Nullable String lastModified,
                          @Nullable String location) {
    }
}
