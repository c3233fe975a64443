package news.prism.ingest.normalize;

import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one spelling of an article's URL that every copy of a link shares: scheme and host lower-case, no
 * default port, no fragment, dot segments removed, tracking parameters dropped and the remaining query
 * parameters sorted by name (stable, so repeated names keep their order), non-ASCII characters percent-encoded.
 */
@Singleton
public class UrlCanonicalizer {

    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("http", 80, "https", 443);
    private static final int MIN_PORT = 1;
    private static final int MAX_PORT = 65_535;
    private static final String ROOT_PATH = "/";

    private final TrackingParameters trackingParameters;

    public UrlCanonicalizer(TrackingParameters trackingParameters) {
        this.trackingParameters = trackingParameters;
    }

    public String canonicalize(String url) throws InvalidUrlException {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder canonical = new StringBuilder(scheme).append("://");
        canonical.append(uri.getHost().toLowerCase(Locale.ROOT));
        if (uri.getPort() != -1 && uri.getPort() != DEFAULT_PORTS.get(scheme)) {
            canonical.append(':').append(uri.getPort());
        }
        String path = uri.normalize().getRawPath();
        canonical.append(path == null || path.isEmpty() ? ROOT_PATH : path);
        String query = canonicalQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            canonical.append('?').append(query);
        }
        try {
            return new URI(canonical.toString()).toASCIIString();
        } catch (URISyntaxException e) {
            throw new InvalidUrlException("must be an absolute http(s) URL");
        }
    }

    /** The host of a URL that {@link #canonicalize} accepted, lower-case. */
    public String host(String canonicalUrl) {
        return URI.create(canonicalUrl).getHost();
    }

    private static URI parse(String url) throws InvalidUrlException {
        if (url == null || url.isBlank()) {
            throw new InvalidUrlException("must not be blank");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidUrlException("must be an absolute http(s) URL");
        }
        if (uri.getScheme() == null || !DEFAULT_PORTS.containsKey(uri.getScheme().toLowerCase(Locale.ROOT))
                || uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidUrlException("must be an absolute http(s) URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidUrlException("must not carry a user name or password");
        }
        if (uri.getPort() != -1 && (uri.getPort() < MIN_PORT || uri.getPort() > MAX_PORT)) {
            throw new InvalidUrlException("must have a port between " + MIN_PORT + " and " + MAX_PORT);
        }
        return uri;
    }

    private String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(parameter -> !parameter.isEmpty())
                .filter(parameter -> !trackingParameters.isTracking(name(parameter)))
                .sorted(Comparator.comparing(UrlCanonicalizer::name))
                .collect(Collectors.joining("&"));
    }

    private static String name(String parameter) {
        int equals = parameter.indexOf('=');
        String rawName = equals < 0 ? parameter : parameter.substring(0, equals);
        try {
            return URLDecoder.decode(rawName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return rawName;
        }
    }
}
