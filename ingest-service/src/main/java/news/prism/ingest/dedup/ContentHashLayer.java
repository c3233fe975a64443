package news.prism.ingest.dedup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The same text under another address, e.g. a syndicated copy. */
@Singleton
public class ContentHashLayer implements DuplicateLayer {

    private static final int ORDER = 10;

    private final ExactMatchQuery query;

    public ContentHashLayer(JdbcOperations jdbc) {
        this.query = new ExactMatchQuery(jdbc, "content_hash");
    }

    @Override
    public Optional<DuplicateMatch> findOriginal(Fingerprint fingerprint) {
        return query.find(fingerprint.contentHash(), fingerprint.self())
                .map(id -> new DuplicateMatch(id, MatchedBy.CONTENT_HASH));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
