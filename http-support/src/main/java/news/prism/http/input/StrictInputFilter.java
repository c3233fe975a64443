package news.prism.http.input;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.RouteAttributes;
import java.util.List;
import java.util.Optional;
import news.prism.errors.FieldError;
import news.prism.http.problem.FieldErrors;

/**
 * Holds every JSON and form body of a write request to {@link JsonBodyCheck} or {@link FormBodyCheck} before it is
 * bound, and answers 400 naming each bad field if it fails. Runs after the security filter, so a caller without a
 * valid token hears that first.
 */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN, methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
public class StrictInputFilter implements Ordered {

    private final JsonBodyCheck json;
    private final FormBodyCheck form;
    private final ErrorResponseProcessor<?> processor;

    public StrictInputFilter(JsonBodyCheck json, FormBodyCheck form, ErrorResponseProcessor<?> processor) {
        this.json = json;
        this.form = form;
        this.processor = processor;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request, @Body byte[] body) {
        List<FieldError> errors = errors(request, body);
        if (errors.isEmpty()) {
            return null;
        }
        return processor.processResponse(ErrorContext.builder(request).errors(FieldErrors.asErrors(errors)).build(),
                HttpResponse.badRequest());
    }

    private List<FieldError> errors(HttpRequest<?> request, byte[] body) {
        Optional<MediaType> contentType = request.getContentType();
        if (contentType.isEmpty() || body.length == 0) {
            return List.of();
        }
        MediaType type = contentType.get();
        if (type.matchesAllOrWildcardOrExtension(MediaType.EXTENSION_JSON)) {
            return StrictUtf8.decode(body)
                    .map(text -> json.check(text, bodyType(request)))
                    .orElse(List.of(new FieldError(JsonPath.ROOT.toString(), "is not valid UTF-8")));
        }
        if (type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return form.check(body, bodyType(request));
        }
        return List.of();
    }

    private static Argument<?> bodyType(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .flatMap(match -> match.getRouteInfo().getBodyArgument())
                .<Argument<?>>map(argument -> argument)
                .orElse(Argument.OBJECT_ARGUMENT);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
