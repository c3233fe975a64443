package news.prism.errors;

/**
 * A request the service refuses for a reason of its own domain. Sealed, so that each edge answers every kind: the
 * HTTP edge with one status each, 403, 404, 409 and 400.
 */
public abstract sealed class DomainException extends RuntimeException permits Refused, NotFound, Conflict, Invalid {

    protected DomainException(String detail) {
        super(detail);
    }
}
