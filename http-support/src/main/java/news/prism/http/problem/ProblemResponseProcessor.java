package news.prism.http.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.UnsupportedMediaException;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.net.URISyntaxException;
import java.util.List;
import java.util.UUID;
import news.prism.errors.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error response of a Prism service, including those of Micronaut's own handlers (bad JSON, failed
 * bean validation, unknown route), becomes {@code application/problem+json}. Where Micronaut's message would
 * quote the request (the Content-Type sent, a malformed address) or the service's internals (a server error's
 * cause), the problem says what is wrong in its own words instead.
 */
@Primary
@Singleton
public class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<FieldError> errors = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new FieldError(FieldPaths.fromViolationPath(error.getPath().get()), error.getMessage()))
                .toList();
        String errorId = null;
        String detail;
        Throwable cause = context.getRootCause().orElse(null);
        if (status.getCode() >= 500 && !(cause instanceof ProblemException)) {
            errorId = UUID.randomUUID().toString();
            LOG.error("Unexpected error {} answering {} {}", errorId, context.getRequest().getMethod(),
                    context.getRequest().getPath(), cause);
            detail = "The service failed to answer this request; the failure is logged under error id " + errorId;
        } else if (cause instanceof UnsupportedMediaException unsupported) {
            detail = "This call takes a body of type " + String.join(" or ", unsupported.getAcceptableContentTypes());
        } else if (cause instanceof URISyntaxException) {
            detail = "The request's address is not a valid URI";
        } else if (!errors.isEmpty()) {
            detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        } else {
            detail = context.getErrors().stream().map(Error::getMessage).findFirst().orElse(null);
        }
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail,
                Problem.instanceOf(context.getRequest()), errors, errorId);
        return response.contentType(PROBLEM_JSON).body(problem);
    }
}
