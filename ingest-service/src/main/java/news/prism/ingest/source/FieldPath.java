package news.prism.ingest.source;

import java.util.Map;
import news.prism.errors.FieldError;

/**
 * Where a submission sits in what the client sent, so that a refused field is named by its JSON path:
 * {@code url} for a single source, {@code sources[2].url} for one of a batch. {@code names} maps a submission field
 * to the name it has in the client's document when that differs, e.g. {@code title} to {@code headlines[0].value}
 * for ninjs.
 */
public record FieldPath(String prefix, Map<String, String> names) {

    public FieldPath {
        names = Map.copyOf(names);
    }

    public static FieldPath root() {
        return new FieldPath("", Map.of());
    }

    public static FieldPath element(String arrayField, int index) {
        return new FieldPath(arrayField + "[" + index + "].", Map.of());
    }

    /** This path, for a document that calls the submission's fields by {@code documentNames}. */
    public FieldPath naming(Map<String, String> documentNames) {
        return new FieldPath(prefix, documentNames);
    }

    public FieldError error(String field, String message) {
        return new FieldError(prefix + names.getOrDefault(field, field), message);
    }

    /** An error about the element as a whole, e.g. {@code sources[2]}. */
    public FieldError error(String message) {
        return new FieldError(prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix, message);
    }
}
