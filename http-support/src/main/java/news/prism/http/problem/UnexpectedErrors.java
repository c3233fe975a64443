package news.prism.http.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure no other handler answers: logged once, with its stack trace, under a fresh error id, and answered
 * with a problem that carries the id and nothing of the failure itself (a database's message can quote the
 * request or the schema). A body the binder could not read is the client's fault, answered 400 without the
 * reader's message for the same reason.
 */
@Singleton
@Produces("application/problem+json")
public class UnexpectedErrors implements ExceptionHandler<Exception, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        if (exception instanceof CodecException) {
            LOG.debug("Unreadable body of {} {}", request.getMethod(), request.getPath(), exception);
            return problem(HttpResponse.badRequest(), request, "The request body could not be read",
                    List.of(new FieldError("$", "could not be read as this call's body")), null);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.error("Unexpected error {} answering {} {}", errorId, request.getMethod(), request.getPath(), exception);
        return problem(HttpResponse.serverError(), request,
                "The service failed to answer this request; the failure is logged under error id " + errorId,
                List.of(), errorId);
    }

    private static MutableHttpResponse<Problem> problem(MutableHttpResponse<?> response, HttpRequest<?> request,
                                                        String detail, List<FieldError> errors, String errorId) {
        return response.contentType(ProblemResponseProcessor.PROBLEM_JSON)
                .body(new Problem("about:blank", response.getStatus().getReason(), response.getStatus().getCode(),
                        detail, request.getPath(), errors, errorId));
    }
}
