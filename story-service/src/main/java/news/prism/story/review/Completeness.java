package news.prism.story.review;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import news.prism.story.story.StoryContent;

/**
 * Whether every field of the anatomy is there in the shape a saved draft has. A draft written by an editor always
 * is; one started from a story candidate holds only its topic, headline and sources until an editor completes it.
 * A violation is answered like one in a request body, field by field.
 */
@Singleton
public class Completeness {

    private final Validator validator;

    public Completeness(Validator validator) {
        this.validator = validator;
    }

    public void require(StoryContent content) {
        Set<ConstraintViolation<StoryContent>> violations = validator.validate(content);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
