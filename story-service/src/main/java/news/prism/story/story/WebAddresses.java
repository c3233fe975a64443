package news.prism.story.story;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a string is a link a reader's browser can open: an absolute http(s) URL with a host, a port if any
 * between 1 and 65535, and no user name or password.
 */
public final class WebAddresses {

    private static final int MAX_PORT = 65_535;

    private WebAddresses() {
    }

    public static boolean isAbsoluteHttp(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean validPort = uri.getPort() == -1 || uri.getPort() >= 1 && uri.getPort() <= MAX_PORT;
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null && validPort;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
