package news.prism.http.problem;

/** Turns bean-validation property paths into the JSON paths a client sent. */
final class FieldPaths {

    private FieldPaths() {
    }

    /**
     * A violation on a request body is reported as {@code method.parameter.field[i].sub}; the client knows
     * only {@code field[i].sub}. A violation on a plain parameter ({@code method.parameter}) names the parameter.
     */
    static String fromViolationPath(String path) {
        String[] segments = path.split("\\.(?![^\\[]*])");
        if (segments.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(segments, 2, segments.length));
        }
        return segments[segments.length - 1];
    }
}
