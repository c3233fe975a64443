package news.prism.render.page;

/** A story's page changed at {@code address} (a new version, or its retraction), announced inside the transaction. */
public record PageChanged(String storyId, PageAddress address) {
}
