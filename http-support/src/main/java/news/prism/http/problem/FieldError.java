package news.prism.http.problem;

import io.micronaut.serde.annotation.Serdeable;

/** One broken rule of a request: {@code field} is the JSON path of the value, e.g. {@code sources[2].url}. */
@Serdeable
public record FieldError(String field, String message) {
}
