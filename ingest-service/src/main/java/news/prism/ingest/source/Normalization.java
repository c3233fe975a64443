package news.prism.ingest.source;

import java.util.ArrayList;
import java.util.List;
import news.prism.errors.FieldError;

/** The outcome of checking and cleaning a submission: a clean source, or every rule it breaks. */
public sealed interface Normalization {

    /** This outcome with more broken rules found elsewhere, e.g. in the structure of the client's document. */
    default Normalization withErrors(List<FieldError> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<FieldError> all = new ArrayList<>(more);
        if (this instanceof Invalid invalid) {
            all.addAll(invalid.errors());
        }
        return new Invalid(all);
    }

    record Valid(NormalizedSource source) implements Normalization {
    }

    record Invalid(List<FieldError> errors) implements Normalization {

        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
