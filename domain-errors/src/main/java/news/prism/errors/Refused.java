package news.prism.errors;

/** The acting user may not do this, whatever the state of the thing; {@code detail} says why. */
public non-sealed class Refused extends DomainException {

    public Refused(String detail) {
        super(detail);
    }
}
