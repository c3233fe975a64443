package news.prism.eventing.envelope;

/** A record that is not a readable Prism event; retrying cannot help, so it goes straight to the dead letters. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
