package news.prism.eventing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import news.prism.eventing.consumer.TopicHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.SourceIngested;

/**
 * Records each event it handles in {@code effects}; an event titled "fail", or with a title in {@link #BROKEN},
 * breaks after writing its effect; one with a title in {@link #CRASH_ONCE} throws an error that ends the consumer's
 * session, the first time only; one titled "slow" takes {@link #SLOW} to handle.
 */
@Singleton
@Requires(property = "test.consumer.topic")
class RecordingHandler extends TopicHandler<SourceIngested> {

    static final Set<String> BROKEN = ConcurrentHashMap.newKeySet();
    static final Set<String> CRASH_ONCE = ConcurrentHashMap.newKeySet();
    static final Duration SLOW = Duration.ofSeconds(8);
    static final AtomicInteger SLOW_RUNS = new AtomicInteger();

    private final JdbcOperations jdbc;

    RecordingHandler(JdbcOperations jdbc, @Value("${test.consumer.topic}") String topic) {
        super(topic, SourceIngested.class);
        this.jdbc = jdbc;
    }

    @Override
    public void handle(SourceIngested event, EventEnvelope envelope) {
        jdbc.prepareStatement("INSERT INTO effects (event_id, title) VALUES (?, ?)", statement -> {
            try {
                statement.setString(1, envelope.id());
                statement.setString(2, event.getTitle());
                return statement.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        if (event.getTitle().equals("slow")) {
            SLOW_RUNS.incrementAndGet();
            try {
                Thread.sleep(SLOW);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (CRASH_ONCE.remove(event.getTitle())) {
            throw new InternalError("a thread-ending error, injected");
        }
        if (event.getTitle().equals("fail") || BROKEN.contains(event.getTitle())) {
            throw new IllegalStateException("the handler breaks on purpose");
        }
    }
}
