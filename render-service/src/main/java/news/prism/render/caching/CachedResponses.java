package news.prism.render.caching;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

/**
 * What readers get (pages, topic indexes, feeds, the sitemap) is cacheable for a short while and carries a strong
 * ETag; a request whose If-None-Match names the current tag gets 304 Not Modified without a body.
 */
@Singleton
public class CachedResponses {

    private final String cacheControl;

    public CachedResponses(CacheSettings settings) {
        this.cacheControl = settings.cacheControl();
    }

    /** The Cache-Control value of what readers get. */
    public String cacheControl() {
        return cacheControl;
    }

    /** For a representation made for this request: its tag is the hash of the body. */
    public MutableHttpResponse<String> ok(HttpRequest<?> request, String body, MediaType type) {
        return ok(request, body, EntityTag.of(body), type);
    }

    /** For a representation made before (a page's bytes held in memory, say) with its tag. */
    public <T> MutableHttpResponse<T> ok(HttpRequest<?> request, T body, EntityTag tag, MediaType type) {
        if (tag.isNamedIn(request.getHeaders().getAll(HttpHeaders.IF_NONE_MATCH))) {
            return HttpResponse.<T>notModified().header(HttpHeaders.ETAG, tag.header())
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        return HttpResponse.ok(body).contentType(type).header(HttpHeaders.ETAG, tag.header())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    /** The same freshness for an answer that has no ETag (the notice of a retracted page). */
    public <T> MutableHttpResponse<T> cacheable(MutableHttpResponse<T> response) {
        return response.header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }
}
