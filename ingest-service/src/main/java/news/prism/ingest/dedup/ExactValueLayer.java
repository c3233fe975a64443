package news.prism.ingest.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.data.Sql;

/** A layer that recognises a source by a column of {@code source_versions}: any version ever taken in counts. */
abstract class ExactValueLayer implements DuplicateLayer {

    private final Sql sql;
    private final MatchedBy matchedBy;
    private final int order;
    private final String query;

    /** @param sqlType the column's SQL type, so that its index serves {@code = ANY} */
    ExactValueLayer(Sql sql, String column, String sqlType, MatchedBy matchedBy, int order) {
        this.sql = sql;
        this.matchedBy = matchedBy;
        this.order = order;
        this.query = """
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
        Map<String, List<TakenIn>> holders = new HashMap<>();
        sql.forEach(query, row -> holders.computeIfAbsent(row.getString(1), value -> new ArrayList<>())
                .add(new TakenIn(row.getObject(2, UUID.class), Sql.instant(row, 3))), Sql.texts(values));
        return holders;
    }
}
