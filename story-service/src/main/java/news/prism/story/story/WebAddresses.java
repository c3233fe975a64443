package news.prism.story.story;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a string is a link a reader's browser can open: an absolute http(s) URL with a host, a port if any
 * between 1 and 65535, and no user name or password.
 */
public final class WebAddresses {

    private static final int MAX_PORT = 65_535;

    private WebAddresses() {
    }

    public static boolean isAbsoluteHttp(String value) {
        return parse(value).filter(uri -> isHttp(uri) && uri.getHost() != null && isSafe(uri)).isPresent();
    }

    /**
     * Whether a link can never become one a reader can follow, whatever an editor completes later: another
     * scheme ({@code javascript:}), a user name or password, or a port outside 1-65535. A link still missing its
     * scheme ({@code www.example.org/a}) is not; a draft may hold it until it is submitted.
     */
    public static boolean isNeverFollowable(String value) {
        return parse(value).filter(uri -> uri.getScheme() != null && !isHttp(uri) || !isSafe(uri)).isPresent();
    }

    private static Optional<URI> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(value.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    private static boolean isSafe(URI uri) {
        return uri.getRawUserInfo() == null && (uri.getPort() == -1 || uri.getPort() >= 1 && uri.getPort() <= MAX_PORT);
    }
}
