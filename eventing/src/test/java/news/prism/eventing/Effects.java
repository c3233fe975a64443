package news.prism.eventing;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** What the test handlers did: the titles of the events they recorded in {@code effects}. */
final class Effects {

    private Effects() {
    }

    static List<String> titles(TransactionOperations<Connection> transactions) {
        return transactions.executeRead(status -> {
            List<String> titles = new ArrayList<>();
            try (var statement = status.getConnection().prepareStatement("SELECT title FROM effects");
                 var result = statement.executeQuery()) {
                while (result.next()) {
                    titles.add(result.getString(1));
                }
            }
            return titles;
        });
    }
}
