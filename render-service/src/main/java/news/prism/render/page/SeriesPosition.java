package news.prism.render.page;

/**
 * A story's number in its topic, given when its first page there was rendered: one more than the topic's stories
 * rendered before it, retracted ones included. Later stories and retractions leave it unchanged, so the stored page
 * never goes stale; how many stories the topic has now is the topic index's to say, which is built when it is read.
 */
public record SeriesPosition(int number) {

    public String label(String topicName) {
        return "No. " + number + " in " + topicName;
    }
}
