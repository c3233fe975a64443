package news.prism.story.desk.home;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import news.prism.http.user.ActingUser;
import news.prism.story.cluster.Candidate;
import news.prism.story.desk.editor.FieldProblems;

/**
 * The desk's home: the story candidates to start from, the review queue, the drafts and the published stories, with
 * the problems of the last attempt to start a story.
 */
public record HomePage(
        ActingUser user,
        List<Candidate> candidates,
        List<DeskQueue.Entry> inReview,
        List<DeskQueue.Entry> drafts,
        List<DeskQueue.Entry> published,
        FieldProblems problems,
        @Nullable String notice) {
}
