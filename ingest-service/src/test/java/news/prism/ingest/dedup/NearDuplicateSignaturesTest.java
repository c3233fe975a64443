package news.prism.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.ingest.support.ApiClient.Response;
import news.prism.ingest.support.Articles;
import news.prism.ingest.support.HttpIntakeTest;
import news.prism.testkit.Caller;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Sources signed the way the service signed them before (5-word shingles, 16 bands of 4) and stored by the schema
 * of that time are signed again when the service starts, so that a copy of one with 5% of its words changed is found
 * as its near duplicate, which the old signatures would not have allowed.
 */
@MicronautTest(transactional = false)
class NearDuplicateSignaturesTest extends HttpIntakeTest {

    private static final String SCHEMA_BEFORE = "9";
    private static final NearDuplicateSettings BEFORE = new NearDuplicateSettings(0.8, 5, 128, 16, 4, 50);
    private static final double OLD_THRESHOLD = 0.8;
    /** One word in this many is replaced: 5%. */
    private static final int EDIT_EVERY = 20;
    private static final Caller USER = Caller.newsroom("copy-desk");
    private static final UUID STRIKE = UUID.randomUUID();
    private static final UUID BUDGET = UUID.randomUUID();

    @Inject
    MinHasher hasher;

    @Inject
    NearDuplicateSettings settings;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        storedBefore(properties);
        return properties;
    }

    @Test
    void storedSourcesAreSignedAgainWithTheConfiguredShingling() throws SQLException {
        for (UUID source : List.of(STRIKE, BUDGET)) {
            String body = rows.string("SELECT body FROM sources WHERE id = ?", source);
            Signature signature = hasher.sign(body);
            assertThat(storedSignature(source)).isEqualTo(signature);
            assertThat(storedBands(source)).containsExactlyInAnyOrder(
                    Arrays.stream(settings.bandHashesOf(signature)).boxed().toArray(Long[]::new));
        }
        assertThat(rows.count("SELECT count(*) FROM flyway_schema_history WHERE description = ? AND success",
                "near-duplicate signatures")).isEqualTo(1);
    }

    @Test
    void aCopyWithFivePercentOfItsWordsChangedIsFoundAsTheMigratedSourcesNearDuplicate() {
        String strike = Articles.text("harbour-strike");
        String copy = everyNthWordReplaced(strike);
        MinHasher before = new MinHasher(BEFORE);
        assertThat(before.sign(strike).similarity(before.sign(copy))).as("as the old signatures saw it")
                .isLessThan(OLD_THRESHOLD);

        Response taken = api.post("/api/sources", Map.of("url", "https://aggregator.example/strike-copy",
                "title", "Strike copy", "body", copy), USER);

        assertThat(taken.status()).isEqualTo(201);
        assertThat(taken.body()).containsEntry("nearDuplicateOf", STRIKE.toString());
    }

    private static String everyNthWordReplaced(String text) {
        String[] words = text.split(" ");
        for (int i = EDIT_EVERY / 2; i < words.length; i += EDIT_EVERY) {
            words[i] = "changed";
        }
        return String.join(" ", words);
    }

    /** Migrates the database as far as the old schema and stores two sources signed the old way. */
    private static void storedBefore(Map<String, String> properties) {
        String url = properties.get("datasources.default.url");
        String user = properties.get("datasources.default.username");
        String password = properties.get("datasources.default.password");
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/eventing")
                .outOfOrder(true)
                .target(SCHEMA_BEFORE)
                .load()
                .migrate();
        MinHasher before = new MinHasher(BEFORE);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            storeOld(connection, before, STRIKE, "https://port-news.example/strike", Articles.text("harbour-strike"));
            storeOld(connection, before, BUDGET, "https://city.example/budget", Articles.text("council-budget"));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the sources signed the old way", e);
        }
    }

    private static void storeOld(Connection connection, MinHasher before, UUID id, String url, String body)
            throws SQLException {
        try (PreparedStatement source = connection.prepareStatement("""
                INSERT INTO sources (id, outlet, submitted_url, canonical_url, title, body, word_count, content_hash,
                                     channel, submitted_by, ingested_at)
                VALUES (?, 'Before', ?, ?, 'Stored before', ?, ?, ?, 'HTTP', 'migration-test', now())""")) {
            source.setObject(1, id);
            source.setString(2, url);
            source.setString(3, url);
            source.setString(4, body);
            source.setInt(5, body.split("\\s+").length);
            source.setString(6, sha256(body));
            source.executeUpdate();
        }
        Signature signature = before.sign(body);
        try (PreparedStatement stored = connection.prepareStatement(
                "INSERT INTO source_signatures (source_id, signature) VALUES (?, ?)")) {
            stored.setObject(1, id);
            stored.setBytes(2, signature.toBytes());
            stored.executeUpdate();
        }
        try (PreparedStatement bands = connection.prepareStatement(
                "INSERT INTO source_signature_bands (source_id, band_hash) VALUES (?, ?)")) {
            for (long band : BEFORE.bandHashesOf(signature)) {
                bands.setObject(1, id);
                bands.setLong(2, band);
                bands.addBatch();
            }
            bands.executeBatch();
        }
    }

    private Signature storedSignature(UUID source) throws SQLException {
        try (Connection connection = rows.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT signature FROM source_signatures WHERE source_id = ?")) {
            select.setObject(1, source);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return Signature.fromBytes(row.getBytes(1));
            }
        }
    }

    private List<Long> storedBands(UUID source) throws SQLException {
        try (Connection connection = rows.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT band_hash FROM source_signature_bands WHERE source_id = ?")) {
            select.setObject(1, source);
            List<Long> bands = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    bands.add(row.getLong(1));
                }
            }
            return bands;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
