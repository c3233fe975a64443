package news.prism.ingest.ninjs;

import java.util.List;
import java.util.Map;
import news.prism.errors.FieldError;
import news.prism.ingest.source.SourceSubmission;

/**
 * A ninjs document read as a submission: {@code names} says where each submission field came from in the document
 * (to name refused fields the client's way), {@code errors} what is wrong with the document beyond the submission's
 * own rules.
 */
public record NinjsSubmission(SourceSubmission submission, Map<String, String> names, List<FieldError> errors) {

    public NinjsSubmission {
        names = Map.copyOf(names);
        errors = List.copyOf(errors);
    }
}
