package news.prism.eventing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import news.prism.eventing.consumer.Delivery;
import news.prism.eventing.consumer.TopicHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.SourceIngested;

/**
 * Records the events of a poll in {@code effects} with one statement, and each list it received in {@link #LISTS};
 * a list holding an event titled "fail" breaks after writing its effects.
 */
@Singleton
@Requires(property = "test.batch.topic")
class BatchRecordingHandler extends TopicHandler<SourceIngested> {

    static final List<List<String>> LISTS = new ArrayList<>();

    private final JdbcOperations jdbc;

    BatchRecordingHandler(JdbcOperations jdbc, @Value("${test.batch.topic}") String topic) {
        super(topic, SourceIngested.class);
        this.jdbc = jdbc;
    }

    @Override
    public void handle(SourceIngested event, EventEnvelope envelope) {
        handleAll(List.of(new Delivery<>(event, envelope)));
    }

    @Override
    public synchronized void handleAll(List<Delivery<SourceIngested>> deliveries) {
        List<String> titles = deliveries.stream().map(delivery -> delivery.event().getTitle()).toList();
        LISTS.add(titles);
        jdbc.prepareStatement("""
                INSERT INTO effects (event_id, title) SELECT * FROM unnest(?::text[], ?::text[])""", statement -> {
            try {
                statement.setArray(1, statement.getConnection().createArrayOf("text",
                        deliveries.stream().map(delivery -> delivery.envelope().id()).toArray()));
                statement.setArray(2, statement.getConnection().createArrayOf("text", titles.toArray()));
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        if (titles.contains("fail")) {
            throw new IllegalStateException("the handler breaks on purpose");
        }
    }
}
