package news.prism.ingest.feed;

/** A feed URL that {@link FeedUrlParser} refuses; the message completes "the URL ...", e.g. "must not be blank". */
public class InvalidFeedUrlException extends FeedRefusedException {

    public InvalidFeedUrlException(String message) {
        super(message);
    }
}
