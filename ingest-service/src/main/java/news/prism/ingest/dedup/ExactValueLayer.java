package news.prism.ingest.dedup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A layer that recognises a source by a column of {@code source_versions}: any version ever taken in counts. */
abstract class ExactValueLayer implements DuplicateLayer {

    private final JdbcOperations jdbc;
    private final MatchedBy matchedBy;
    private final int order;
    private final String sql;

    /** @param sqlType the column's SQL type, so that its index serves {@code = ANY} */
    ExactValueLayer(JdbcOperations jdbc, String column, String sqlType, MatchedBy matchedBy, int order) {
        this.jdbc = jdbc;
        this.matchedBy = matchedBy;
        this.order = order;
        this.sql = """
                SELECT DISTINCT v.%1$s, v.source_id, s.ingested_at
                FROM source_versions v JOIN sources s ON s.id = v.source_id
                WHERE v.%1$s = ANY (?::%2$s[])""".formatted(column, sqlType);
    }

    @Override
    public MatchedBy matchedBy() {
        return matchedBy;
    }

    @Override
    public int getOrder() {
        return order;
    }

    @Override
    public Map<String, List<TakenIn>> holders(Collection<String> values) {
        if (values.isEmpty()) {
            return new HashMap<>();
        }
        return jdbc.prepareStatement(sql, statement -> {
            try {
                statement.setArray(1, statement.getConnection().createArrayOf("text", values.toArray()));
                Map<String, List<TakenIn>> holders = new HashMap<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        holders.computeIfAbsent(row.getString(1), value -> new ArrayList<>())
                                .add(new TakenIn(row.getObject(2, UUID.class), row.getTimestamp(3).toInstant()));
                    }
                }
                return holders;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not look for duplicate sources by " + matchedBy.label(), e);
            }
        });
    }
}
