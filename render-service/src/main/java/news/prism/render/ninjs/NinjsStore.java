package news.prism.render.ninjs;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import news.prism.data.Sql;

/** The ninjs item stored with each rendered version of a story's page. */
@Singleton
public class NinjsStore {

    private final Sql sql;

    public NinjsStore(Sql sql) {
        this.sql = sql;
    }

    /** Empty when the version was rendered before ninjs items were kept. */
    @Transactional(readOnly = true)
    public Optional<String> of(String storyId, int version) {
        return sql.one("SELECT ninjs FROM pages WHERE story_id = ? AND version = ? AND ninjs IS NOT NULL",
                result -> result.getString(1), storyId, version);
    }
}
