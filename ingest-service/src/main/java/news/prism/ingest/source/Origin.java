package news.prism.ingest.source;

/** Where a submission came from: the input path, and who submitted it on that path. */
public record Origin(Channel channel, String submittedBy) {

    public static Origin http(String user) {
        return new Origin(Channel.HTTP, user);
    }

    /** @param feedUrl the address of the feed the item came from */
    public static Origin feed(String feedUrl) {
        return new Origin(Channel.FEED, feedUrl);
    }

    /** @param eventSource the CloudEvents source of the submission, i.e. the newsroom system that sent it */
    public static Origin topic(String eventSource) {
        return new Origin(Channel.TOPIC, eventSource);
    }
}
