package news.prism.ingest.intake;

/**
 * A unique constraint refused a source's write: a concurrent intake of the same article committed after this one
 * looked it up.
 */
public class SourceTakenException extends RuntimeException {

    public SourceTakenException(String message) {
        super(message);
    }
}
