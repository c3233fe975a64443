package news.prism.http.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import news.prism.errors.FieldError;

/**
 * Failed bean validation as problem+json naming each field by its JSON path ({@code body[1].type}).
 * Micronaut's own {@link ConstraintExceptionHandler} hands the error processor messages without paths, so the
 * shared {@code ProblemResponseProcessor} could not name the fields.
 */
@Singleton
@Produces("application/problem+json")
@Replaces(ConstraintExceptionHandler.class)
public class BeanValidationProblems implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    public BeanValidationProblems(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Error> errors = exception.getConstraintViolations().stream()
                .map(violation -> FieldErrors.asError(new FieldError(jsonPath(violation), violation.getMessage())))
                .sorted(Comparator.comparing((Error error) -> error.getPath().orElseThrow())
                        .thenComparing(Error::getMessage))
                .toList();
        return processor.processResponse(ErrorContext.builder(request).cause(exception).errors(errors).build(),
                HttpResponse.badRequest());
    }

    /** {@code create.content.body[1].type} becomes {@code body[1].type}, {@code keyPoints[2]} stays as it is. */
    public static String jsonPath(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {
                    continue;
                }
                default -> {
                    // a property of the body, or an element of one of its lists
                }
            }
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
