package news.prism.eventing.inbox;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.prism.data.Sql;
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

    private final Sql sql;

    public Inbox(Sql sql) {
        this.sql = sql;
    }

    /** @return true the first time this group sees the event, false for a redelivery */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(String consumerGroup, String eventId, String eventType) {
        return sql.update(CLAIM, consumerGroup, eventId, eventType) == 1;
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
        Set<String> claimed = new HashSet<>(sql.list(CLAIM_ALL, row -> row.getString(1), consumerGroup,
                Sql.texts(firstById.keySet()),
                Sql.texts(firstById.values().stream().map(EventEnvelope::type).toList())));
        List<EventEnvelope> fresh = new ArrayList<>(claimed.size());
        firstById.forEach((id, event) -> {
            if (claimed.contains(id)) {
                fresh.add(event);
            }
        });
        return fresh;
    }
}
