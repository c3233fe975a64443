package news.prism.ingest.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import news.prism.data.Sql;
import news.prism.ingest.body.BodyFormat;

/**
 * The one mapping between a version of a source and the columns {@code sources} and {@code source_versions}
 * share: its {@link SourceContent}, its version number and the publisher's time for it.
 */
final class SourceColumns {

    /** In the order {@link #values} lists them. */
    static final String CONTENT = """
            outlet, submitted_url, canonical_url, title, body, body_format, published_at, language, word_count,
            content_hash, byline, subjects, version, version_created""";
    static final int COUNT = 14;

    private SourceColumns() {
    }

    /** The parameters of {@link #CONTENT}, in its order. */
    static List<Object> values(Source source) {
        SourceContent content = source.content();
        return Arrays.asList(content.outlet(), content.submittedUrl(), content.canonicalUrl(), content.title(),
                content.body(), content.bodyFormat(), content.publishedAt(), content.language(), content.wordCount(),
                content.contentHash(), content.byline(), Sql.texts(content.subjects()), source.version(),
                source.versionCreated());
    }

    /** The content of the row, as {@link #CONTENT} selects it. */
    static SourceContent content(ResultSet row) throws SQLException {
        return new SourceContent(row.getString("outlet"), row.getString("submitted_url"),
                row.getString("canonical_url"), row.getString("title"), row.getString("body"),
                BodyFormat.valueOf(row.getString("body_format")), Sql.instant(row, "published_at"),
                row.getString("language"), row.getInt("word_count"), row.getString("content_hash"),
                row.getString("byline"), Sql.texts(row, "subjects"));
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
