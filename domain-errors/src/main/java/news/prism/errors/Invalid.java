package news.prism.errors;

import java.util.List;

/** What was given breaks one or more rules, each named by the field that breaks it. */
public non-sealed class Invalid extends DomainException {

    private final List<FieldError> errors;

    public Invalid(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public Invalid(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
