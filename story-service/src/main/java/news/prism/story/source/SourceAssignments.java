package news.prism.story.source;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import news.prism.story.SqlTimes;

/**
 * The {@code source_assignments} table: which ingested sources a story has cited. A source is assigned from the
 * first time a story cites it by its id and stays assigned (an editor has taken it up), so it is no longer
 * offered as part of a story candidate.
 */
@Singleton
public class SourceAssignments {

    private final JdbcOperations jdbc;

    public SourceAssignments(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @param sourceIds ids of ingested sources, each known to the local copy */
    public void assign(UUID storyId, Collection<String> sourceIds, Instant at) {
        if (sourceIds.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO source_assignments (source_id, story_id, assigned_at)
                SELECT DISTINCT unnest(?::text[]), ?, ?
                ON CONFLICT (source_id, story_id) DO NOTHING""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", sourceIds.toArray()));
            statement.setObject(2, storyId);
            statement.setObject(3, SqlTimes.of(at));
            return statement.executeUpdate();
        });
    }
}
