package news.prism.ingest.source;

/** Where a submission came from: the input path, and who submitted it on that path. */
public record Origin(Channel channel, String submittedBy) {

    public static Origin http(String user) {
        return new Origin(Channel.HTTP, user);
    }
}
