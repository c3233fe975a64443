package news.prism.ingest.source;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** The {@code sources} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public abstract class SourceRepository implements GenericRepository<Source, UUID> {

    private static final String INSERT_IF_NEW = """
            INSERT INTO sources (id, outlet, submitted_url, canonical_url, title, body, published_at, language,
                                 word_count, content_hash, channel, submitted_by, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    private final JdbcOperations jdbc;

    protected SourceRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public abstract Optional<Source> findById(UUID id);

    /**
     * Stores the source unless its canonical URL or content hash is taken. When a concurrent transaction holds
     * the same value, PostgreSQL waits for it, so a {@code false} means that source is now committed.
     *
     * @return true when the row was inserted
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean insertIfNew(Source source) {
        return jdbc.prepareStatement(INSERT_IF_NEW, statement -> {
            try {
                bind(statement, source);
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not store source " + source.id(), e);
            }
        });
    }

    private static void bind(PreparedStatement statement, Source source) throws SQLException {
        statement.setObject(1, source.id());
        statement.setString(2, source.outlet());
        statement.setString(3, source.submittedUrl());
        statement.setString(4, source.canonicalUrl());
        statement.setString(5, source.title());
        statement.setString(6, source.body());
        statement.setObject(7, utc(source.publishedAt()));
        statement.setString(8, source.language());
        statement.setInt(9, source.wordCount());
        statement.setString(10, source.contentHash());
        statement.setString(11, source.channel().name());
        statement.setString(12, source.submittedBy());
        statement.setObject(13, utc(source.ingestedAt()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
