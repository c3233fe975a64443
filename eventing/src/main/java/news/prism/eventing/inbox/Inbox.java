package news.prism.eventing.inbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;

/**
 * The ids of the events a consumer group has handled. Claiming an id happens in the handler's transaction,
 * so the claim and the handler's effect commit together or not at all.
 */
@Singleton
public class Inbox {

    private final JdbcOperations jdbc;

    public Inbox(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true the first time this group sees the event, false for a redelivery */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(String consumerGroup, String eventId, String eventType) {
        return jdbc.prepareStatement("""
                INSERT INTO inbox (consumer_group, event_id, event_type) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", statement -> {
            try {
                statement.setString(1, consumerGroup);
                statement.setString(2, eventId);
                statement.setString(3, eventType);
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not record event " + eventId + " in the inbox", e);
            }
        });
    }
}
