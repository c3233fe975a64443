package news.prism.render.topic;

import java.net.URI;
import java.net.URISyntaxException;

/** Where a topic's index and feed live: {@code /{slug}/} and {@code /{slug}/feed.atom}. */
public record TopicAddress(String slug) {

    public String indexPath() {
        return encoded("/" + slug + "/");
    }

    public String feedPath() {
        return encoded("/" + slug + "/feed.atom");
    }

    private static String encoded(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a usable topic path: " + path, e);
        }
    }
}
