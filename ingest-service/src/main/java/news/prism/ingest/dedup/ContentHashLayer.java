package news.prism.ingest.dedup;

import jakarta.inject.Singleton;
import news.prism.data.Sql;

/** The same text under another address, e.g. a syndicated copy. */
@Singleton
public class ContentHashLayer extends ExactValueLayer {

    private static final int ORDER = 10;

    public ContentHashLayer(Sql sql) {
        // content_hash is CHAR(64): compared as bpchar, its index serves the look-up.
        super(sql, "content_hash", "bpchar", MatchedBy.CONTENT_HASH, ORDER);
    }

    @Override
    public String valueOf(Fingerprint fingerprint) {
        return fingerprint.contentHash();
    }
}
