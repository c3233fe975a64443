package news.prism.render.retraction;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import news.prism.data.Sql;
import news.prism.events.StoryRetracted;

/** The stories taken down: every page of a story in here answers 410 Gone. */
@Singleton
public class RetractionStore {

    private final Sql sql;

    public RetractionStore(Sql sql) {
        this.sql = sql;
    }

    /** @return false when the story had been retracted before (the first retraction's reason stays) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recordIfAbsent(StoryRetracted retraction) {
        return sql.update("""
                INSERT INTO retractions (story_id, reason, retracted_by, retracted_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (story_id) DO NOTHING""", retraction.getStoryId(), retraction.getReason(),
                retraction.getRetractedBy(), retraction.getRetractedAt()) == 1;
    }
}
