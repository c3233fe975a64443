package news.prism.render.page;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.web.router.Router;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import news.prism.http.netty.BehindHttpDecoder;
import news.prism.render.caching.CachedResponses;

/**
 * A reader's plain GET of a page this instance holds in memory is answered on the connection's event loop, before
 * routing and the server's filters: the same status, headers and bytes as {@link PageController} gives, counted in
 * the same {@code http.server.requests} timer. Everything else goes the usual way, through the security, tracing and
 * metrics filters to the controllers: any method but GET, HTTP/1.0 or {@code Connection: close}, a request with a
 * body, an Authorization or Upgrade header, a {@code traceparent} (so a trace that reaches the service still gets its span), an
 * Accept-Encoding other than identity (the server compresses), a path with a query, a percent-escape or more or
 * fewer than two segments, an address whose answer is a redirect or a retraction notice or is not held, and an
 * address another route would answer. A request answered here gets no span of its own. Off with
 * {@code prism.render.page-cache.answer-before-routing: false} (PRISM_RENDER_PAGE_CACHE_ANSWER_BEFORE_ROUTING).
 */
@Singleton
public class HeldPageAnswers implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final String HANDLER = "prism-held-pages";
    private static final String METRIC = "http.server.requests";
    private static final AsciiString TRACEPARENT = AsciiString.cached("traceparent");
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    /** Beyond this many addresses, what is known of which route answers them is forgotten and learnt again. */
    private static final int MAX_KNOWN_ROUTES = 10_000;

    private final ServedPages served;
    private final String cacheControl;
    private final String contentType;
    private final Provider<Router> router;
    private final Clock clock;
    private final boolean enabled;
    private final @Nullable Timer okTimer;
    private final @Nullable Timer notModifiedTimer;
    private final Map<String, Boolean> pageRouteOnly = new ConcurrentHashMap<>();
    private final LongAdder answered = new LongAdder();
    /**
     * Each held page's bytes outside the heap, made once and written as they are: a heap buffer would be copied into
     * a direct one of the page's size for every answer, and Netty frees such a buffer (past its pooled sizes) by
     * closing a shared arena, which stops every thread of the JVM for a handshake. Kept while the page is.
     */
    private final Cache<ServedPage, ByteBuf> directBodies = Caffeine.newBuilder().weakKeys().build();
    private volatile HttpDate date = new HttpDate(0, "");

    public HeldPageAnswers(ServedPages served, CachedResponses cached, Provider<Router> router, Clock clock,
                           Optional<MeterRegistry> meters,
                           PageCacheSettings settings) {
        this.served = served;
        this.cacheControl = cached.cacheControl();
        this.contentType = PageController.HTML_UTF8.toString();
        this.router = router;
        this.clock = clock;
        this.enabled = settings.answerBeforeRouting();
        this.okTimer = meters.map(registry -> timer(registry, "200", PageController.ROUTE)).orElse(null);
        this.notModifiedTimer = meters.map(registry -> timer(registry, "304", "REDIRECTION")).orElse(null);
    }

    private static Timer timer(MeterRegistry registry, String status, String uri) {
        return registry.timer(METRIC, Tags.of("method", "GET", "status", status, "uri", uri, "exception", "none"));
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        if (enabled) {
            event.getBean().register(new BehindHttpDecoder(HANDLER, () -> new HeldPageHandler(this)));
        }
        return event.getBean();
    }

    /**
     * The answer to this request from memory, or null when it must go the usual way.
     */
    @Nullable
    FullHttpResponse answer(HttpRequest request) {
        if (!request.decoderResult().isSuccess() || request.method() != io.netty.handler.codec.http.HttpMethod.GET
                || request.protocolVersion() != HttpVersion.HTTP_1_1) {
            return null;
        }
        HttpHeaders headers = request.headers();
        if (headers.contains(HttpHeaderNames.CONTENT_LENGTH) || headers.contains(HttpHeaderNames.TRANSFER_ENCODING)
                || headers.contains(HttpHeaderNames.AUTHORIZATION) || headers.contains(TRACEPARENT)
                || headers.contains(HttpHeaderNames.EXPECT)
                || headers.contains(HttpHeaderNames.UPGRADE)
                || headers.containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE, true)
                || !identityOnly(headers.get(HttpHeaderNames.ACCEPT_ENCODING))) {
            return null;
        }
        PageAddress address = address(request.uri());
        if (address == null) {
            return null;
        }
        Optional<ServedPage> held = served.cachedAt(address);
        if (held.isEmpty() || held.get().kind() != ServedPage.Kind.CURRENT || !answeredByPageRoute(request.uri())) {
            return null;
        }
        ServedPage page = held.get();
        String etag = page.etag().header();
        HttpHeaders out = DefaultHttpHeadersFactory.headersFactory().withValidation(false).newHeaders();
        if (page.etag().isNamedIn(headers.getAll(HttpHeaderNames.IF_NONE_MATCH))) {
            out.add(HttpHeaderNames.ETAG, etag)
                    .add(HttpHeaderNames.CACHE_CONTROL, cacheControl)
                    .add(HttpHeaderNames.DATE, date());
            return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_MODIFIED,
                    Unpooled.EMPTY_BUFFER, out, EmptyHttpHeaders.INSTANCE);
        }
        byte[] body = page.body();
        out.add(HttpHeaderNames.CONTENT_TYPE, contentType)
                .add(HttpHeaderNames.ETAG, etag)
                .add(HttpHeaderNames.CACHE_CONTROL, cacheControl)
                .add(HttpHeaderNames.DATE, date())
                .add(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(body.length));
        return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                directBodies.get(page, HeldPageAnswers::direct).duplicate(), out, EmptyHttpHeaders.INSTANCE);
    }

    /** The page's bytes in memory the JVM's collector frees, in a buffer whose release frees nothing. */
    private static ByteBuf direct(ServedPage page) {
        ByteBuffer bytes = ByteBuffer.allocateDirect(page.body().length).put(page.body()).flip();
        return Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(bytes).asReadOnly());
    }

    /** Counts an answer given here in the timer the server's metrics filter would have counted it in. */
    void count(FullHttpResponse response, long startNanos) {
        answered.increment();
        Timer timer = response.status().code() == 200 ? okTimer : notModifiedTimer;
        if (timer != null) {
            timer.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** How many requests were answered here. */
    long answered() {
        return answered.sum();
    }

    private static boolean identityOnly(@Nullable String acceptEncoding) {
        return acceptEncoding == null || acceptEncoding.isBlank() || acceptEncoding.strip().equalsIgnoreCase("identity");
    }

    /** {@code /topic/slug} made of plain characters only, else null. */
    @Nullable
    static PageAddress address(String uri) {
        int length = uri.length();
        if (length < 4 || uri.charAt(0) != '/') {
            return null;
        }
        int slash = -1;
        for (int i = 1; i < length; i++) {
            char c = uri.charAt(i);
            if (c == '/') {
                if (slash >= 0) {
                    return null;
                }
                slash = i;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
                    || c >= 'A' && c <= 'Z')) {
                return null;
            }
        }
        if (slash <= 1 || slash == length - 1) {
            return null;
        }
        return new PageAddress(uri.substring(1, slash), uri.substring(slash + 1));
    }

    /** Whether {@link PageController}'s route is the only GET route for the path (not the stylesheet's, say). */
    private boolean answeredByPageRoute(String path) {
        Boolean known = pageRouteOnly.get(path);
        if (known != null) {
            return known;
        }
        List<Class<?>> routes = router.get().find(HttpMethod.GET, path, null)
                .<Class<?>>map(match -> match.getRouteInfo().getDeclaringType()).toList();
        boolean only = !routes.isEmpty() && routes.stream().allMatch(PageController.class::equals);
        if (pageRouteOnly.size() >= MAX_KNOWN_ROUTES) {
            pageRouteOnly.clear();
        }
        pageRouteOnly.put(path, only);
        return only;
    }

    private String date() {
        long second = clock.millis() / 1000;
        HttpDate current = date;
        if (current.second != second) {
            current = new HttpDate(second, HTTP_DATE.format(Instant.ofEpochSecond(second)));
            date = current;
        }
        return current.text;
    }

    private record HttpDate(long second, String text) {
    }
}
