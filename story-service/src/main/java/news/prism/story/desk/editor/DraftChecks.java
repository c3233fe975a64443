package news.prism.story.desk.editor;

import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import news.prism.errors.FieldError;
import news.prism.story.desk.Violations;
import news.prism.story.review.IntegrityCheck;
import news.prism.story.story.StoryContent;
import news.prism.story.story.StoryShape;

/**
 * The checks a story meets on its way to review, run on what the editor's form holds now, so the desk can show each
 * broken rule beside its field while the editor writes. They are the checks of saving and submitting, in their
 * order: every field's own rules (bean validation, as the API's {@code @Valid} and {@code review.Completeness}) and
 * the shape rules, then, once those hold, the integrity rules ({@link IntegrityCheck}).
 */
@Singleton
public class DraftChecks {

    private final Validator validator;
    private final IntegrityCheck integrity;

    public DraftChecks(Validator validator, IntegrityCheck integrity) {
        this.validator = validator;
        this.integrity = integrity;
    }

    /** The problems saving the content would meet: its fields' own rules and the shape rules. */
    public List<FieldError> forSaving(StoryContent content) {
        List<FieldError> problems = new ArrayList<>(Violations.asProblems(validator.validate(content), ""));
        if (problems.isEmpty()) {
            problems.addAll(StoryShape.check(content));
        }
        return problems;
    }

    /** Every problem submitting it would meet. */
    public List<FieldError> forSubmitting(StoryContent content) {
        List<FieldError> problems = forSaving(content);
        if (problems.isEmpty()) {
            problems.addAll(integrity.check(content));
        }
        return problems;
    }
}
