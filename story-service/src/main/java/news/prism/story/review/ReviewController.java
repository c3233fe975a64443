package news.prism.story.review;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.UUID;
import news.prism.story.story.StoryView;
import news.prism.http.user.ActingUser;

/** {@code POST /api/stories/{id}/submit} and {@code /approve}; both answer with the story as it now is. */
@Controller("/api/stories/{id}")
@ExecuteOn(TaskExecutors.IO)
public class ReviewController {

    private final Reviews reviews;

    public ReviewController(Reviews reviews) {
        this.reviews = reviews;
    }

    @Post("/submit")
    public StoryView submit(UUID id, ActingUser submitter) {
        return StoryView.of(reviews.submit(id, submitter));
    }

    @Post("/approve")
    public StoryView approve(UUID id, ActingUser approver) {
        return StoryView.of(reviews.approve(id, approver));
    }
}
