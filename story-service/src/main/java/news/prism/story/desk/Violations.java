package news.prism.story.desk;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.List;
import news.prism.errors.FieldError;
import news.prism.http.problem.BeanValidationProblems;

/** Failed bean validation as the desk shows it: a problem per field, named by its JSON path as the API names it. */
public final class Violations {

    private Violations() {
    }

    /** @param prefix the path of the validated object in the form ({@code "topic."}), or empty */
    public static List<FieldError> asProblems(Collection<? extends ConstraintViolation<?>> violations, String prefix) {
        return violations.stream()
                .map(violation -> new FieldError(prefix + BeanValidationProblems.jsonPath(violation),
                        violation.getMessage()))
                .toList();
    }
}
