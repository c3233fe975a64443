package news.prism.testkit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresTest {

    private static Postgres postgres;

    @BeforeAll
    static void startPostgres() {
        long started = System.nanoTime();
        postgres = Postgres.temporary(0, Postgres.Durability.FAST_FOR_TESTS).start();
        System.out.printf("TIMING postgres start: %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @Test
    void databasesAreSeparate() throws SQLException {
        String stories = postgres.createDatabase("stories");
        String billing = postgres.createDatabase("billing");

        try (Connection connection = connect(stories); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE story (id bigint PRIMARY KEY, title text NOT NULL)");
            statement.execute("INSERT INTO story VALUES (1, 'Why the sky is blue')");
            try (ResultSet result = statement.executeQuery("SELECT title FROM story WHERE id = 1")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("Why the sky is blue");
            }
        }
        try (Connection connection = connect(billing); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM story"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("does not exist");
        }
    }

    @Test
    void creatingADatabaseTwiceKeepsIt() throws SQLException {
        String url = postgres.createDatabase("twice");
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id int)");
        }
        assertThat(postgres.createDatabase("twice")).isEqualTo(url);
        try (Connection connection = connect(url); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM kept")) {
            assertThat(result.next()).isTrue();
        }
    }

    @Test
    void namesAreSanitized() {
        assertThat(postgres.createDatabase("Prism-Publisher.Test")).endsWith("/prism_publisher_test");
        assertThat(postgres.jdbcUrl("9lives")).endsWith("/db_9lives");
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, postgres.username(), postgres.password());
    }

    @Test
    void aCrashSafeServerKeepsEveryAcknowledgedCommitThroughAKill() throws SQLException {
        Postgres crashSafe = Postgres.temporary(0, Postgres.Durability.CRASH_SAFE).start();
        try {
            String url = crashSafe.createDatabase("crash");
            try (Connection connection = DriverManager.getConnection(url, crashSafe.username(), crashSafe.password());
                 Statement statement = connection.createStatement()) {
                try (ResultSet fsync = statement.executeQuery("SHOW fsync")) {
                    assertThat(fsync.next()).isTrue();
                    assertThat(fsync.getString(1)).isEqualTo("on");
                }
                try (ResultSet synchronous = statement.executeQuery("SHOW synchronous_commit")) {
                    assertThat(synchronous.next()).isTrue();
                    assertThat(synchronous.getString(1)).isEqualTo("on");
                }
                statement.execute("CREATE TABLE acknowledged (id int PRIMARY KEY)");
                for (int id = 0; id < 300; id++) {
                    statement.execute("INSERT INTO acknowledged VALUES (" + id + ")");
                }
            }
            crashSafe.crash();
            crashSafe.start();
            try (Connection connection = DriverManager.getConnection(url, crashSafe.username(), crashSafe.password());
                 Statement statement = connection.createStatement();
                 ResultSet count = statement.executeQuery("SELECT count(*) FROM acknowledged")) {
                assertThat(count.next()).isTrue();
                assertThat(count.getInt(1)).isEqualTo(300);
            }
        } finally {
            crashSafe.close();
        }
    }

    @Test
    void theTestServerSaysItTradesDurabilityForSpeed() throws SQLException {
        assertThat(shown("fsync")).isEqualTo("off");
    }

    @Test
    void theServerKeepsAGigabyteOfPagesInItsOwnMemory() throws SQLException {
        assertThat(shown("shared_buffers")).isEqualTo("1GB");
    }

    /** The test server's value of a setting, as {@code SHOW} gives it. */
    private static String shown(String setting) throws SQLException {
        try (Connection connection = connect(postgres.createDatabase("settings"));
             Statement statement = connection.createStatement();
             ResultSet value = statement.executeQuery("SHOW " + setting)) {
            assertThat(value.next()).isTrue();
            return value.getString(1);
        }
    }
}
