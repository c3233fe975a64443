package news.prism.ingest.source;

import news.prism.http.problem.FieldError;

/**
 * Where a submission sits in what the client sent, so that a refused field is named by its JSON path:
 * {@code url} for a single source, {@code sources[2].url} for one of a batch.
 */
public record FieldPath(String prefix) {

    public static FieldPath root() {
        return new FieldPath("");
    }

    public static FieldPath element(String arrayField, int index) {
        return new FieldPath(arrayField + "[" + index + "].");
    }

    public FieldError error(String field, String message) {
        return new FieldError(prefix + field, message);
    }
}
