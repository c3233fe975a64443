package news.prism.story.desk.home;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import news.prism.http.user.ActingUser;
import news.prism.story.cluster.Candidate;
import news.prism.story.desk.editor.FieldProblems;
import news.prism.story.story.StoryListItem;

/**
 * The desk's home: the story candidates to start from, the review queue, the drafts and the published stories, with
 * the problems of the last attempt to start a story.
 */
public record HomePage(
        ActingUser user,
        List<Candidate> candidates,
        List<StoryListItem> inReview,
        List<StoryListItem> drafts,
        List<StoryListItem> published,
        FieldProblems problems,
        @Nullable String notice) {
}
