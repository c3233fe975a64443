package news.prism.ingest.dedup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The same article under the same address, however the link was decorated. */
@Singleton
public class CanonicalUrlLayer implements DuplicateLayer {

    private static final int ORDER = 0;

    private final ExactMatchQuery query;

    public CanonicalUrlLayer(JdbcOperations jdbc) {
        this.query = new ExactMatchQuery(jdbc, "canonical_url");
    }

    @Override
    public Optional<DuplicateMatch> findOriginal(Fingerprint fingerprint) {
        return query.find(fingerprint.canonicalUrl(), fingerprint.self())
                .map(id -> new DuplicateMatch(id, MatchedBy.CANONICAL_URL));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
