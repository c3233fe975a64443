package news.prism.http.problem;

import io.micronaut.http.HttpStatus;

/**
 * A refusal in HTTP's own terms, for the HTTP edge only, e.g. 401 for a bearer token that names no user. A service's
 * own code says not found, conflict or forbidden with the types of {@code news.prism.errors} instead.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;

    public ProblemException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
