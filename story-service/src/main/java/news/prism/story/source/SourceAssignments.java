package news.prism.story.source;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import news.prism.data.Sql;

/**
 * The {@code source_assignments} table: which ingested sources a story has cited. A source is assigned from the
 * first time a story cites it by its id and stays assigned (an editor has taken it up), so it is no longer
 * offered as part of a story candidate.
 */
@Singleton
public class SourceAssignments {

    private final Sql sql;

    public SourceAssignments(Sql sql) {
        this.sql = sql;
    }

    /** @param sourceIds ids of ingested sources, each known to the local copy */
    public void assign(UUID storyId, Collection<String> sourceIds, Instant at) {
        if (sourceIds.isEmpty()) {
            return;
        }
        sql.update("""
                INSERT INTO source_assignments (source_id, story_id, assigned_at)
                SELECT DISTINCT unnest(?::text[]), ?, ?
                ON CONFLICT (source_id, story_id) DO NOTHING""", Sql.texts(sourceIds), storyId, at);
    }
}
