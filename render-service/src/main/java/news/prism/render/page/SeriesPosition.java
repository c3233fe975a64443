package news.prism.render.page;

/** A story's place among the published stories of its topic, in the order they were first published. */
public record SeriesPosition(int position, int total, String topicSlug) {

    public String label() {
        return "#" + position + " of " + total + " in " + topicSlug;
    }
}
