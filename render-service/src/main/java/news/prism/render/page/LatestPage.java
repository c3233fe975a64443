package news.prism.render.page;

/** The newest version of a story's page. */
public record LatestPage(String storyId, int version, PageAddress address, String html) {
}
