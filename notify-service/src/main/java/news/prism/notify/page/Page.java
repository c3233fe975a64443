package news.prism.notify.page;

/** The stored newest version of a published page. */
public record Page(String storyId, int version, String topicSlug, String topicName, String url, String headline,
                   String summary, boolean withdrawn) {
}
