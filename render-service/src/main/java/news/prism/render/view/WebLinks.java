package news.prism.render.view;

import java.net.URI;
import java.util.Locale;

/** Only absolute http(s) URLs become links or images: a {@code javascript:} URL in an href would run script. */
final class WebLinks {

    private WebLinks() {
    }

    static boolean isWebUrl(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
