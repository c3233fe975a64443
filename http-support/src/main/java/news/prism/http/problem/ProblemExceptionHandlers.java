package news.prism.http.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Answers the service's own refusals through the same processor as Micronaut's. */
final class ProblemExceptionHandlers {

    private ProblemExceptionHandlers() {
    }

    @Singleton
    @Produces("application/problem+json")
    @Requires(classes = {InvalidRequestException.class, ExceptionHandler.class})
    static class InvalidRequestHandler implements ExceptionHandler<InvalidRequestException, HttpResponse<?>> {

        private final ErrorResponseProcessor<?> processor;

        InvalidRequestHandler(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, InvalidRequestException exception) {
            var context = ErrorContext.builder(request).cause(exception)
                    .errors(FieldErrors.asErrors(exception.errors()))
                    .build();
            return processor.processResponse(context, HttpResponse.badRequest());
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
