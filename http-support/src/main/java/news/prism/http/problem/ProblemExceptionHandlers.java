package news.prism.http.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import news.prism.errors.Conflict;
import news.prism.errors.DomainException;
import news.prism.errors.Invalid;
import news.prism.errors.NotFound;
import news.prism.errors.Refused;

/**
 * Answers the service's own refusals through the same processor as Micronaut's: the domain's, each with its status,
 * and {@link ProblemException}s, which name theirs.
 */
final class ProblemExceptionHandlers {

    private ProblemExceptionHandlers() {
    }

    /** The one place where a refusal of a service's own code becomes an HTTP status. */
    @Singleton
    @Produces("application/problem+json")
    @Requires(classes = {DomainException.class, ExceptionHandler.class})
    static class DomainProblemHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {

        private final ErrorResponseProcessor<?> processor;

        DomainProblemHandler(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, DomainException exception) {
            HttpStatus status = switch (exception) {
                case Invalid invalid -> HttpStatus.BAD_REQUEST;
                case Refused refused -> HttpStatus.FORBIDDEN;
                case NotFound notFound -> HttpStatus.NOT_FOUND;
                case Conflict conflict -> HttpStatus.CONFLICT;
            };
            var context = ErrorContext.builder(request).cause(exception);
            if (exception instanceof Invalid invalid) {
                context.errors(FieldErrors.asErrors(invalid.errors()));
            } else {
                context.errorMessage(exception.getMessage());
            }
            return processor.processResponse(context.build(), HttpResponse.status(status));
        }
    }

    @Singleton
    @Produces("application/problem+json")
    @Requires(classes = {ProblemException.class, ExceptionHandler.class})
    static class StatusProblemHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

        private final ErrorResponseProcessor<?> processor;

        StatusProblemHandler(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
            var context = ErrorContext.builder(request).cause(exception).errorMessage(exception.getMessage()).build();
            return processor.processResponse(context, HttpResponse.status(exception.status()));
        }
    }
}
