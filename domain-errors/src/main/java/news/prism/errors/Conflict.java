package news.prism.errors;

/** The thing is not in a state that allows this, e.g. a story that is already published; {@code detail} says so. */
public non-sealed class Conflict extends DomainException {

    public Conflict(String detail) {
        super(detail);
    }
}
