package news.prism.story.source;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.prism.data.Sql;
import news.prism.story.paging.Conditions;
import news.prism.story.paging.Cursor;
import news.prism.story.paging.Page;

/**
 * Searches the local copy of the sources with PostgreSQL's full-text search ({@code sources.search}: title, then
 * excerpt). With text, the best match comes first (ts_rank), then the newest; without, the newest first. A page at a
 * time: the cursor is the last item's rank (with text), time and id.
 */
@Singleton
public class SourceSearch {

    private static final String TIME = "coalesce(s.published_at, s.ingested_at)";

    private final Sql sql;

    public SourceSearch(Sql sql) {
        this.sql = sql;
    }

    /**
     * @param cursor the {@code next} of the previous page, or null for the first
     * @param limit  how many sources the page holds at most
     */
    @Transactional(readOnly = true)
    public Page<SourceListItem> search(SourceFilter filter, String cursor, int limit) {
        boolean ranked = filter.text() != null;
        Conditions conditions = conditions(filter);
        if (cursor != null && ranked) {
            List<String> after = Cursor.parts(cursor, 3);
            conditions.add("(ts_rank(s.search, q.query), " + TIME + ", s.source_id) < (?::real, ?, ?)",
                    Cursor.real(after.get(0)), Cursor.instant(after.get(1)), after.get(2));
        } else if (cursor != null) {
            List<String> after = Cursor.parts(cursor, 2);
            conditions.add("(" + TIME + ", s.source_id) < (?, ?)", Cursor.instant(after.get(0)), after.get(1));
        }
        List<Object> parameters = new ArrayList<>();
        if (ranked) {
            parameters.add(filter.text());
        }
        parameters.addAll(List.of(conditions.parameters(limit + 1)));
        String rank = ranked ? "ts_rank(s.search, q.query)" : "NULL::real";
        List<SourceListItem> rows = sql.list("""
                SELECT s.source_id, s.outlet, s.url, s.title, s.published_at, s.ingested_at, s.language, s.excerpt,
                       m.cluster_id, %s AS rank,
                       EXISTS (SELECT 1 FROM source_assignments a WHERE a.source_id = s.source_id) AS assigned
                FROM sources s LEFT JOIN candidate_members m ON m.source_id = s.source_id %s %s
                ORDER BY %s %s DESC, s.source_id DESC LIMIT ?""".formatted(rank,
                        ranked ? "CROSS JOIN websearch_to_tsquery('english', ?) AS q (query)" : "",
                        conditions.where(), ranked ? "rank DESC," : "", TIME),
                SourceSearch::read, parameters.toArray());
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        SourceListItem last = rows.get(limit - 1);
        List<String> key = new ArrayList<>();
        if (ranked) {
            key.add(last.rank().toString());
        }
        key.add(last.time().toString());
        key.add(last.sourceId());
        return new Page<>(rows.subList(0, limit), Cursor.of(key));
    }

    private static Conditions conditions(SourceFilter filter) {
        Conditions conditions = new Conditions();
        if (filter.text() != null) {
            conditions.add("s.search @@ q.query");
        }
        if (filter.outlet() != null) {
            conditions.add("s.outlet = ?", filter.outlet());
        }
        if (filter.from() != null) {
            conditions.add(TIME + " >= ?", filter.from());
        }
        if (filter.to() != null) {
            conditions.add(TIME + " < ?", filter.to());
        }
        if (filter.candidate() != null) {
            conditions.add("m.cluster_id = ?", filter.candidate());
        }
        if (filter.assigned() != null) {
            conditions.add((filter.assigned() ? "" : "NOT ")
                    + "EXISTS (SELECT 1 FROM source_assignments a WHERE a.source_id = s.source_id)");
        }
        return conditions;
    }

    private static SourceListItem read(ResultSet row) throws SQLException {
        return new SourceListItem(row.getString("source_id"), row.getString("outlet"), row.getString("url"),
                row.getString("title"), Sql.instant(row, "published_at"), Sql.instant(row, "ingested_at"),
                row.getString("language"), row.getString("excerpt"), row.getObject("cluster_id", UUID.class),
                row.getBoolean("assigned"), row.getObject("rank", Float.class));
    }
}
