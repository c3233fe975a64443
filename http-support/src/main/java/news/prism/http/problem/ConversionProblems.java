package news.prism.http.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import news.prism.errors.FieldError;

/**
 * A path, query or header value that is not of its parameter's type ({@code /api/stories/not-a-uuid}), named by
 * the parameter. Micronaut's own handler names it {@code /id} and quotes the value and the converter's message.
 */
@Singleton
@Produces("application/problem+json")
@Replaces(ConversionErrorHandler.class)
public class ConversionProblems implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    public ConversionProblems(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        var argument = exception.getArgument();
        FieldError error = new FieldError(argument.getName(), "must be a valid " + argument.getType().getSimpleName());
        return processor.processResponse(ErrorContext.builder(request).cause(exception)
                .errors(FieldErrors.asErrors(List.of(error))).build(), HttpResponse.badRequest());
    }
}
