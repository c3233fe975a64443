package news.prism.http.problem;

import io.micronaut.http.HttpStatus;

/** A refusal that is not about a field: not found, conflict, gone. */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;

    public ProblemException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, detail);
    }

    public HttpStatus status() {
        return status;
    }
}
