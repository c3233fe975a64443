package news.prism.ingest.dedup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

/** The same text under another address, e.g. a syndicated copy. */
@Singleton
public class ContentHashLayer extends ExactValueLayer {

    private static final int ORDER = 10;

    public ContentHashLayer(JdbcOperations jdbc) {
        // content_hash is CHAR(64): compared as bpchar, its index serves the look-up.
        super(jdbc, "content_hash", "bpchar", MatchedBy.CONTENT_HASH, ORDER);
    }

    @Override
    public String valueOf(Fingerprint fingerprint) {
        return fingerprint.contentHash();
    }
}
