package news.prism.story.story;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Whether a string is a link a reader's browser can open: an absolute http(s) URL with a host. */
public final class WebAddresses {

    private WebAddresses() {
    }

    public static boolean isAbsoluteHttp(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
