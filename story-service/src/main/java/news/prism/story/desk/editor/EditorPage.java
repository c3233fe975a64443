package news.prism.story.desk.editor;

import io.micronaut.core.annotation.Nullable;
import news.prism.http.user.ActingUser;
import news.prism.story.story.Story;
import news.prism.story.story.StoryContent;

/**
 * The editor's page: the story as stored, the content as the form holds it (saved or not), the problems the
 * checks found in it, and a line about what just happened.
 */
public record EditorPage(
        ActingUser user,
        Story story,
        StoryContent content,
        FieldProblems problems,
        PerspectiveBar bar,
        @Nullable String notice) {
}
