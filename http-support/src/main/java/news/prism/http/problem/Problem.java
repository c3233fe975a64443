package news.prism.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

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
}
