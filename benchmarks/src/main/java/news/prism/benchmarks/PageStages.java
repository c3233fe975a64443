package news.prism.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.prism.devstack.PrismService;
import news.prism.events.PagePublished;
import news.prism.events.StoryPublished;
import news.prism.testkit.DatabaseServer;

/**
 * Where the time from approve to page served goes, stage by stage, read back from what story-service and
 * render-service recorded on the way: the moment the approve wrote its event ({@code outbox.occurred_at}), the moment
 * the relay's transaction began ({@code outbox.sent_at}), the moment the relay sent the event (its record's
 * timestamp) and the moment a plain consumer of the benchmark's own got it (both from {@link ReceiptWatch}), the
 * moment render-service's transaction for the event began ({@code inbox.processed_at}), the moment it wrote the
 * page's own event, and the moment the benchmark heard that transaction commit. All clocks are this machine's.
 */
final class PageStages {

    private static final List<String> STAGES = List.of(
            "approve request -> story event written",
            "story event written -> relay began",
            "relay began -> story event sent",
            "story event sent -> a plain consumer got it",
            "a plain consumer got it -> render began",
            "render began -> page event written",
            "page event written -> commit heard",
            "commit heard -> page served");

    private final Map<String, Instant> approved = new LinkedHashMap<>();
    private final Map<String, Instant> heard = new HashMap<>();
    private final Map<String, ReceiptWatch.Receipt> receipts = new HashMap<>();
    private final Map<String, Instant> served = new HashMap<>();

    void approved(String storyId, Instant at) {
        approved.put(storyId, at);
    }

    /** When each event on the stories topic was sent and got by a plain consumer ({@link ReceiptWatch}). */
    void receipts(Map<String, ReceiptWatch.Receipt> byEventId) {
        receipts.putAll(byEventId);
    }

    /** The benchmark heard render-service's database commit a transaction with events (the last such, if several). */
    void commitHeard(String storyId, Instant at) {
        heard.put(storyId, at);
    }

    void served(String storyId, Instant at) {
        served.put(storyId, at);
    }

    /** The topic story-service sends StoryPublished to, once it has sent one. */
    static String storiesTopic(DatabaseServer server) throws SQLException {
        try (Connection story = connect(server, PrismService.STORY);
             PreparedStatement statement = story.prepareStatement(
                     "SELECT topic FROM outbox WHERE event_type = ? LIMIT 1")) {
            statement.setString(1, StoryPublished.getClassSchema().getFullName());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("story-service has sent no StoryPublished yet");
                }
                return row.getString(1);
            }
        }
    }

    /** For each stage, its duration in milliseconds for every story whose moments were all found. */
    Map<String, List<Double>> durations(DatabaseServer server) throws SQLException {
        String[] stories = approved.keySet().toArray(String[]::new);
        Map<String, Moments> storyEvents = new HashMap<>();
        try (Connection story = connect(server, PrismService.STORY)) {
            query(story, """
                    SELECT message_key, event_id::text, occurred_at, sent_at FROM outbox
                    WHERE event_type = ? AND message_key = ANY (?)""", StoryPublished.getClassSchema().getFullName(),
                    stories, row -> storyEvents.put(row.getString(1), new Moments(row.getString(2),
                            row.getTimestamp(3).toInstant(), row.getTimestamp(4).toInstant())));
        }
        Map<String, Instant> renderBegan = new HashMap<>();
        Map<String, Instant> pageWritten = new HashMap<>();
        try (Connection render = connect(server, PrismService.RENDER)) {
            String[] events = storyEvents.values().stream().map(Moments::eventId).toArray(String[]::new);
            query(render, "SELECT event_id, processed_at FROM inbox WHERE event_type = ? AND event_id = ANY (?)",
                    StoryPublished.getClassSchema().getFullName(), events,
                    row -> renderBegan.put(row.getString(1), row.getTimestamp(2).toInstant()));
            query(render, "SELECT message_key, occurred_at FROM outbox WHERE event_type = ? AND message_key = ANY (?)",
                    PagePublished.getClassSchema().getFullName(), stories,
                    row -> pageWritten.put(row.getString(1), row.getTimestamp(2).toInstant()));
        }
        Map<String, List<Double>> durations = new LinkedHashMap<>();
        STAGES.forEach(stage -> durations.put(stage, new ArrayList<>()));
        approved.forEach((storyId, start) -> {
            Moments event = storyEvents.get(storyId);
            ReceiptWatch.Receipt receipt = event == null ? null : receipts.get(event.eventId());
            Instant began = event == null ? null : renderBegan.get(event.eventId());
            Instant written = pageWritten.get(storyId);
            Instant committed = heard.get(storyId);
            Instant answered = served.get(storyId);
            if (receipt == null || began == null || written == null || committed == null || answered == null) {
                return;
            }
            List<Instant> moments = List.of(start, event.written(), event.relayBegan(), receipt.sent(), receipt.got(),
                    began, written, committed, answered);
            for (int i = 0; i < STAGES.size(); i++) {
                // A record's timestamp counts whole milliseconds: it can fall just before the relay's transaction
                // began; and the plain consumer may get an event a little after render-service's began.
                durations.get(STAGES.get(i)).add(Math.max(0, Duration.between(moments.get(i), moments.get(i + 1))
                        .toNanos() / 1_000_000.0));
            }
        });
        return durations;
    }

    private record Moments(String eventId, Instant written, Instant relayBegan) {
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static Connection connect(DatabaseServer server, PrismService service) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(service.database()), server.username(), server.password());
    }

    private static void query(Connection connection, String sql, String type, String[] keys, RowReader reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, type);
            statement.setArray(2, connection.createArrayOf("text", keys));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }
}
