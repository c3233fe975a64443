package news.prism.render;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import news.prism.testkit.ServiceDatabase;

/** The service's own database, read from a test: its pages, retractions, inbox and outbox. */
public final class RenderDatabase extends ServiceDatabase {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    public RenderDatabase(Map<String, String> properties) {
        super(properties);
    }

    /** Waits until the service has handled (or skipped as a duplicate) the event with this id. */
    public void awaitProcessed(String eventId) {
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM inbox WHERE event_id = ?", eventId) == 1);
    }

    /** Waits until the outbox relay has sent everything the service wrote to its outbox. */
    public void awaitOutboxSent() {
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM outbox WHERE sent_at IS NULL") == 0);
    }
}
