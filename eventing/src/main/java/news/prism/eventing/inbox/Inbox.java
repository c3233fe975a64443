package news.prism.eventing.inbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.prism.eventing.envelope.EventEnvelope;

/**
 * The ids of the events a consumer group has handled. Claiming an id happens in the handler's transaction,
 * so the claim and the handler's effect commit together or not at all.
 */
@Singleton
public class Inbox {

    private static final String CLAIM = """
            INSERT INTO inbox (consumer_group, event_id, event_type) VALUES (?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String CLAIM_ALL = """
            INSERT INTO inbox (consumer_group, event_id, event_type)
            SELECT ?, claimed.event_id, claimed.event_type
            FROM unnest(?::text[], ?::text[]) AS claimed(event_id, event_type)
            ON CONFLICT DO NOTHING
            RETURNING event_id""";

    private final JdbcOperations jdbc;

    public Inbox(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true the first time this group sees the event, false for a redelivery */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(String consumerGroup, String eventId, String eventType) {
        return jdbc.prepareStatement(CLAIM, statement -> {
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

    /**
     * Claims the ids of all {@code events} in one statement.
     *
     * @return the events this group sees for the first time, in their order; an id that occurs twice in
     *         {@code events} is claimed by its first occurrence only
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<EventEnvelope> claimAll(String consumerGroup, List<EventEnvelope> events) {
        Map<String, EventEnvelope> firstById = new LinkedHashMap<>();
        events.forEach(event -> firstById.putIfAbsent(event.id(), event));
        if (firstById.isEmpty()) {
            return List.of();
        }
        Set<String> claimed = jdbc.prepareStatement(CLAIM_ALL, statement -> {
            try {
                Connection connection = statement.getConnection();
                statement.setString(1, consumerGroup);
                statement.setArray(2, connection.createArrayOf("text", firstById.keySet().toArray()));
                statement.setArray(3, connection.createArrayOf("text",
                        firstById.values().stream().map(EventEnvelope::type).toArray()));
                Set<String> ids = new HashSet<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        ids.add(row.getString(1));
                    }
                }
                return ids;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not record " + firstById.size() + " events in the inbox", e);
            }
        });
        List<EventEnvelope> fresh = new ArrayList<>(claimed.size());
        firstById.forEach((id, event) -> {
            if (claimed.contains(id)) {
                fresh.add(event);
            }
        });
        return fresh;
    }
}
