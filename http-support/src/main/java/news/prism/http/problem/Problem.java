package news.prism.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import news.prism.errors.FieldError;

/**
 * An RFC 9457 problem detail, with {@code errors} naming each bad field of the request, and for a failure of the
 * service itself the {@code errorId} under which it was logged.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        List<FieldError> errors,
        @Nullable String errorId) {

    public Problem(String type, String title, int status, @Nullable String detail, @Nullable String instance,
                   List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    /**
     * The {@code instance} of a problem with {@code request}: the route it matched, as its template
     * ({@code /api/stories/{id}/approve}), never the path as sent, which may carry anything a client chose.
     */
    @Nullable
    public static String instanceOf(HttpRequest<?> request) {
        return BasicHttpAttributes.getUriTemplate(request).orElse(null);
    }
}
