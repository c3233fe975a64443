package news.prism.errors;

/** There is no such thing; {@code detail} names what was looked for. */
public non-sealed class NotFound extends DomainException {

    public NotFound(String detail) {
        super(detail);
    }
}
