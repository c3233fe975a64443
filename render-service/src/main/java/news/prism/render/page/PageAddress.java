package news.prism.render.page;

import java.net.URI;
import java.net.URISyntaxException;

/** Where a page lives: {@code /{topicSlug}/{slug}}. */
public record PageAddress(String topicSlug, String slug) {

    /** The path, each segment percent-encoded where it needs to be. */
    public String path() {
        try {
            return new URI(null, null, "/" + topicSlug + "/" + slug, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a usable page address: " + topicSlug + "/" + slug, e);
        }
    }
}
