package news.prism.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.prism.devstack.PrismService;
import news.prism.testkit.DatabaseServer;

/** The number of rows of every table in the four services' databases, keyed {@code database.schema.table}. */
final class RowCounts {

    private RowCounts() {
    }

    static Map<String, Long> of(DatabaseServer server) {
        Map<String, Long> counts = new TreeMap<>();
        for (PrismService service : PrismService.values()) {
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(service.database()),
                    server.username(), server.password()); Statement statement = connection.createStatement()) {
                for (String table : tables(statement)) {
                    try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + table)) {
                        count.next();
                        counts.put(service.database() + "." + table.replace("\"", ""), count.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot count the rows of " + service.database(), e);
            }
        }
        return counts;
    }

    /** Every table of the database, quoted for SQL. */
    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("""
                SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
                WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
                ORDER BY 1""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
