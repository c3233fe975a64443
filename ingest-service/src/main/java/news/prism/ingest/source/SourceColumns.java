package news.prism.ingest.source;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import news.prism.data.Sql;

/** The content of a source version, the columns {@code sources} and {@code source_versions} share. */
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
        return Arrays.asList(source.outlet(), source.submittedUrl(), source.canonicalUrl(), source.title(),
                source.body(), source.bodyFormat(), source.publishedAt(), source.language(), source.wordCount(),
                source.contentHash(), source.byline(), Sql.texts(source.subjects()), source.version(),
                source.versionCreated());
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
