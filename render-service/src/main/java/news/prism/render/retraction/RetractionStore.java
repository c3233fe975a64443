package news.prism.render.retraction;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import news.prism.events.StoryRetracted;

/** The stories taken down: every page of a story in here answers 410 Gone. */
@Singleton
public class RetractionStore {

    private final JdbcOperations jdbc;

    public RetractionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the story had been retracted before (the first retraction's reason stays) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recordIfAbsent(StoryRetracted retraction) {
        return jdbc.prepareStatement("""
                INSERT INTO retractions (story_id, reason, retracted_by, retracted_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (story_id) DO NOTHING""", statement -> {
            statement.setString(1, retraction.getStoryId());
            statement.setString(2, retraction.getReason());
            statement.setString(3, retraction.getRetractedBy());
            statement.setObject(4, retraction.getRetractedAt().atOffset(ZoneOffset.UTC));
            return statement.executeUpdate() == 1;
        });
    }
}
