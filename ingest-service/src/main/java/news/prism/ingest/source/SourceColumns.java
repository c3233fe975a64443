package news.prism.ingest.source;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;

/** Binds the content of a source version, the columns {@code sources} and {@code source_versions} share. */
final class SourceColumns {

    /** In the order {@link #bind} binds them. */
    static final String CONTENT = """
            outlet, submitted_url, canonical_url, title, body, body_format, published_at, language, word_count,
            content_hash, byline, subjects, version, version_created""";
    static final int COUNT = 14;

    private SourceColumns() {
    }

    /** @return the index of the next parameter */
    static int bind(PreparedStatement statement, int first, Source source) throws SQLException {
        int i = first;
        statement.setString(i++, source.outlet());
        statement.setString(i++, source.submittedUrl());
        statement.setString(i++, source.canonicalUrl());
        statement.setString(i++, source.title());
        statement.setString(i++, source.body());
        statement.setString(i++, source.bodyFormat().name());
        statement.setObject(i++, utc(source.publishedAt()));
        statement.setString(i++, source.language());
        statement.setInt(i++, source.wordCount());
        statement.setString(i++, source.contentHash());
        statement.setString(i++, source.byline());
        statement.setArray(i++, statement.getConnection().createArrayOf("text", source.subjects().toArray()));
        statement.setInt(i++, source.version());
        statement.setObject(i++, utc(source.versionCreated()));
        return i;
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
