package news.prism.render.page;

import io.micronaut.core.annotation.Nullable;
import news.prism.render.caching.EntityTag;

/** The newest version of a story's page; {@code retraction} is set when the story was retracted. */
public record LatestPage(String storyId, int version, PageAddress address, String topicName, String html,
                         EntityTag etag, @Nullable Retraction retraction) {
}
