package news.prism.ingest.source;

import java.util.List;
import news.prism.http.problem.FieldError;

/** The outcome of checking and cleaning a submission: a clean source, or every rule it breaks. */
public sealed interface Normalization {

    record Valid(NormalizedSource source) implements Normalization {
    }

    record Invalid(List<FieldError> errors) implements Normalization {

        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
