package news.prism.errors;

/**
 * One broken rule: {@code field} is the path of the value in what the client sent, e.g. {@code sources[2].url},
 * {@code message} what is wrong with it ({@code must not be blank}).
 */
public record FieldError(String field, String message) {
}
