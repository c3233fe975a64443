package news.prism.story.cluster;

import static news.prism.story.cluster.NewsTexts.BRIDGE_COASTAL;
import static news.prism.story.cluster.NewsTexts.BRIDGE_HERALD;
import static news.prism.story.cluster.NewsTexts.HEAT_HERALD;
import static news.prism.story.cluster.NewsTexts.RATES;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.prism.story.ServiceTestSupport;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Sources that arrived before candidates had keys (a database at V5) get their keys and term counts from
 * migration V6, and their vectors from V9, when the service starts; the sources arriving next find them, and are
 * scored against them by those vectors.
 */
@MicronautTest(transactional = false)
class KeysForExistingSourcesTest extends ServiceTestSupport {

    private static final String SOURCES = "ingest.sources.v1.existing-sources-test";
    private static final List<SourceText> EARLIER = List.of(BRIDGE_HERALD, HEAT_HERALD, RATES);

    @Inject
    Placements placements;

    @Inject
    ClusterSettings settings;

    @Override
    protected String name() {
        return "existing_sources";
    }

    @Override
    public Map<String, String> getProperties() {
        // A topic of this class's own: other test classes' sources would otherwise be counted and placed too.
        infrastructure.createTopics(SOURCES);
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("prism.topics.sources", SOURCES);
        String url = properties.get("datasources.default.url");
        String user = properties.get("datasources.default.username");
        String password = properties.get("datasources.default.password");
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/eventing").outOfOrder(true).target("5")
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO sources (source_id, outlet, url, title, published_at, ingested_at, excerpt)
                     VALUES (?, 'Outlet', ?, ?, ?, ?, ?)""")) {
            for (SourceText text : EARLIER) {
                insert.setString(1, text.sourceId());
                insert.setString(2, "https://news.example/" + text.sourceId());
                insert.setString(3, text.title());
                insert.setTimestamp(4, Timestamp.from(text.time()));
                insert.setTimestamp(5, Timestamp.from(text.time()));
                insert.setString(6, text.excerpt());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    @Test
    void existingSourcesGetTheirKeysAndCountsAndAreFoundByTheNextReport() {
        for (SourceText text : EARLIER) {
            assertThat(count("SELECT count(*) FROM candidate_keys WHERE source_id = ? AND source_time = ?",
                    text.sourceId(), Timestamp.from(text.time()))).isEqualTo(settings.keysPerSource());
        }
        assertThat(count("SELECT sum(documents) FROM candidate_document_counts")).isEqualTo(EARLIER.size());
        assertThat(count("SELECT max(documents) FROM candidate_term_counts WHERE term = 'lindenport'"))
                .isEqualTo(2);
        for (SourceText text : EARLIER) {
            assertThat(count("""
                    SELECT count(*) FROM candidate_vectors
                    WHERE source_id = ? AND cardinality(terms) = cardinality(weights) AND cardinality(terms) = ?""",
                    text.sourceId(), Similarity.termCounts(text, settings.titleWeight()).size())).isEqualTo(1);
        }

        placements.place(BRIDGE_COASTAL);

        assertThat(count("""
                SELECT count(*) FROM candidate_members a JOIN candidate_members b ON a.cluster_id = b.cluster_id
                WHERE a.source_id = ? AND b.source_id = ?""", BRIDGE_HERALD.sourceId(), BRIDGE_COASTAL.sourceId()))
                .isEqualTo(1);
        assertThat(count("SELECT sum(documents) FROM candidate_document_counts")).isEqualTo(EARLIER.size() + 1);
    }
}
