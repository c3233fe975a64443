package news.prism.ingest.dedup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

/** The same article under the same address, however the link was decorated. */
@Singleton
public class CanonicalUrlLayer extends ExactValueLayer {

    private static final int ORDER = 0;

    public CanonicalUrlLayer(JdbcOperations jdbc) {
        super(jdbc, "canonical_url", "text", MatchedBy.CANONICAL_URL, ORDER);
    }

    @Override
    public String valueOf(Fingerprint fingerprint) {
        return fingerprint.canonicalUrl();
    }
}
