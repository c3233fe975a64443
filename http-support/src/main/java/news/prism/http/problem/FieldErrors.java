package news.prism.http.problem;

import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.serde.annotation.SerdeImport;
import java.util.List;
import java.util.Optional;
import news.prism.errors.FieldError;

/**
 * Hands field errors to Micronaut's error processor in the form {@link ProblemResponseProcessor} reads back.
 * {@link FieldError} knows nothing of JSON; the import makes it a body for every service, in a {@link Problem} and
 * in the services' own answers.
 */
@SerdeImport(FieldError.class)
public final class FieldErrors {

    // The processor drops the first two segments of a path (method and parameter) to get the client's path.
    private static final String REQUEST_BODY = "request.body.";

    private FieldErrors() {
    }

    public static List<Error> asErrors(List<FieldError> errors) {
        return errors.stream().map(FieldErrors::asError).toList();
    }

    public static Error asError(FieldError field) {
        return new Error() {
            @Override
            public Optional<String> getPath() {
                return Optional.of(REQUEST_BODY + field.field());
            }

            @Override
            public String getMessage() {
                return field.message();
            }
        };
    }
}
