package news.prism.ingest.normalize;

/** The text is not an absolute http(s) URL with a host. */
public class InvalidUrlException extends Exception {

    public InvalidUrlException(String message) {
        super(message);
    }
}
