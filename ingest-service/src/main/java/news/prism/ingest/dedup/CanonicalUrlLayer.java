package news.prism.ingest.dedup;

import jakarta.inject.Singleton;
import news.prism.data.Sql;

/** The same article under the same address, however the link was decorated. */
@Singleton
public class CanonicalUrlLayer extends ExactValueLayer {

    private static final int ORDER = 0;

    public CanonicalUrlLayer(Sql sql) {
        super(sql, "canonical_url", "text", MatchedBy.CANONICAL_URL, ORDER);
    }

    @Override
    public String valueOf(Fingerprint fingerprint) {
        return fingerprint.canonicalUrl();
    }
}
