package news.prism.http.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import news.prism.errors.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure no other handler answers, handed to the shared {@link ProblemResponseProcessor}, which logs it once
 * under a fresh error id and answers with nothing of the failure itself. A body the binder could not read is the
 * client's fault: 400, without the reader's message, which may quote the request.
 */
@Singleton
@Produces("application/problem+json")
public class UnexpectedErrors implements ExceptionHandler<Exception, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    private final ErrorResponseProcessor<?> processor;

    public UnexpectedErrors(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        if (exception instanceof CodecException) {
            LOG.debug("Unreadable body of {} {}", request.getMethod(), request.getPath(), exception);
            var unreadable = new FieldError("$", "could not be read as this call's body");
            return processor.processResponse(ErrorContext.builder(request)
                    .errors(FieldErrors.asErrors(List.of(unreadable))).build(), HttpResponse.badRequest());
        }
        return processor.processResponse(ErrorContext.builder(request).cause(exception).build(),
                HttpResponse.serverError());
    }
}
