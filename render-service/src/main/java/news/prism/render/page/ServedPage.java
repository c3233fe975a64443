package news.prism.render.page;

import io.micronaut.core.annotation.Nullable;
import news.prism.render.caching.EntityTag;

/**
 * What readers get at an address, ready to be written: the page (200), the notice of its retraction (410), or a
 * redirect to the story's newest address (301). {@code newest} is where the story's newest version is.
 */
public record ServedPage(Kind kind, String storyId, PageAddress newest, @Nullable byte[] body,
                         @Nullable EntityTag etag) {

    /** The three answers an address with a page can give. */
    public enum Kind { CURRENT, RETRACTED, MOVED }

    /** The bytes it holds in memory, for the cache's bound. */
    int size() {
        return body == null ? 0 : body.length;
    }
}
