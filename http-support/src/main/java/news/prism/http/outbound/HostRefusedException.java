package news.prism.http.outbound;

/** A host or URL the service may not connect to; the message says why, for the API and the logs. */
public class HostRefusedException extends Exception {

    public HostRefusedException(String message) {
        super(message);
    }

    public HostRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
