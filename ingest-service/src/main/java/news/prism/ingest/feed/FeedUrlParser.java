package news.prism.ingest.feed;

import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The one parser of feed URLs, for the URL a feed is added with, the stored URL at each poll and every redirect
 * target: an absolute http(s) URL of at most {@code prism.ingest.feeds.max-url-length} characters, without user
 * info, whose host is spelled in one of the {@link HostForm}s and whose port, if given, is from 1 to 65535.
 */
@Singleton
public class FeedUrlParser {

    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final int MAX_PORT = 65535;
    private static final int MAX_PORT_DIGITS = 5;

    private final FeedSettings settings;

    public FeedUrlParser(FeedSettings settings) {
        this.settings = settings;
    }

    public URI parse(String url) throws InvalidFeedUrlException {
        if (url == null || url.isBlank()) {
            throw new InvalidFeedUrlException("must not be blank");
        }
        if (url.length() > settings.maxUrlLength()) {
            throw new InvalidFeedUrlException("must not be longer than " + settings.maxUrlLength() + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw notHttp();
        }
        if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                || uri.isOpaque()) {
            throw notHttp();
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new InvalidFeedUrlException("must name a host");
        }
        if (authority.contains("@")) {
            throw new InvalidFeedUrlException("must not contain user info (user:password@)");
        }
        checkPort(authority);
        if (HostForm.of(uri.getHost()).isEmpty()) {
            throw new InvalidFeedUrlException("must name its host by a DNS name, an IPv4 address as four decimal "
                    + "numbers without leading zeros, or an IPv6 address in brackets");
        }
        return uri;
    }

    private static void checkPort(String authority) throws InvalidFeedUrlException {
        int colon = authority.lastIndexOf(':');
        // An IPv6 address's colons are inside its brackets; "host:" is the scheme's default port.
        if (colon <= authority.lastIndexOf(']') || colon == authority.length() - 1) {
            return;
        }
        String port = authority.substring(colon + 1);
        if (port.length() > MAX_PORT_DIGITS || !port.chars().allMatch(c -> c >= '0' && c <= '9')
                || Integer.parseInt(port) < 1 || Integer.parseInt(port) > MAX_PORT) {
            throw new InvalidFeedUrlException("must have a port from 1 to " + MAX_PORT);
        }
    }

    private static InvalidFeedUrlException notHttp() {
        return new InvalidFeedUrlException("must be an absolute http(s) URL");
    }
}
