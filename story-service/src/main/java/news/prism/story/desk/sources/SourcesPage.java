package news.prism.story.desk.sources;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import news.prism.http.user.ActingUser;
import news.prism.story.desk.editor.FieldProblems;
import news.prism.story.source.SourceListItem;

/** The source search: what was searched for, what was found, and the problems of the last attempt to start a story. */
public record SourcesPage(
        ActingUser user,
        @Nullable String query,
        List<SourceListItem> found,
        FieldProblems problems,
        @Nullable String notice) {
}
