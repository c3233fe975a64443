package news.prism.ingest.feed;

/** What a poll of a feed did: read a new document, heard it was unchanged (304), or failed (see its error). */
public enum PollOutcome {
    FETCHED,
    NOT_MODIFIED,
    FAILED
}
