package news.prism.ingest.source;

/** The input path a source came in by. */
public enum Channel {
    HTTP,
    /** The inbound topic {@code newsroom.source-submissions.v1}. */
    TOPIC,
    /** An RSS or Atom feed the service polls. */
    FEED
}
