package news.prism.notify.page;

import java.util.List;

/**
 * The stored newest version of a published page, with what a mail shows of its coverage: outlets, viewpoints and
 * the perspective bar.
 */
public record Page(String storyId, int version, String topicSlug, String topicName, String url, String headline,
                   String summary, boolean withdrawn, int outlets, int viewpoints, List<Perspective> perspectives) {
}
