package news.prism.ingest.feed;

/** A feed could not be fetched or read; the message says why, for the feed's last poll and the API. */
public class FeedRefusedException extends Exception {

    public FeedRefusedException(String message) {
        super(message);
    }

    public FeedRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
