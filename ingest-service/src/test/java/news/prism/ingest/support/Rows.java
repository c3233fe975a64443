package news.prism.ingest.support;

import java.util.Map;
import news.prism.testkit.ServiceDatabase;

/** The service's database, with the counts its tests check most. */
public final class Rows extends ServiceDatabase {

    public Rows(Map<String, String> properties) {
        super(properties);
    }

    public long sources() {
        return count("SELECT count(*) FROM sources");
    }

    public long outbox() {
        return count("SELECT count(*) FROM outbox");
    }

    public long outboxFor(String key) {
        return count("SELECT count(*) FROM outbox WHERE message_key = ?", key);
    }
}
