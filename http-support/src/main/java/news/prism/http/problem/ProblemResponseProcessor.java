package news.prism.http.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Every error response of a Prism service, including those of Micronaut's own handlers (bad JSON, failed
 * bean validation, unknown route), becomes {@code application/problem+json}.
 */
@Primary
@Singleton
public class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<FieldError> errors = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new FieldError(FieldPaths.fromViolationPath(error.getPath().get()), error.getMessage()))
                .toList();
        String detail = errors.isEmpty()
                ? context.getErrors().stream().map(Error::getMessage).findFirst().orElse(null)
                : errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail,
                context.getRequest().getPath(), errors);
        return response.contentType(PROBLEM_JSON).body(problem);
    }
}
