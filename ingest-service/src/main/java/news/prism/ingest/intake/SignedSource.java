package news.prism.ingest.intake;

import io.micronaut.core.annotation.Nullable;
import news.prism.ingest.dedup.Fingerprint;
import news.prism.ingest.dedup.Signature;
import news.prism.ingest.source.NormalizedSource;
import news.prism.ingest.source.Origin;

/** A clean source on its way in, with the MinHash signature of its text and where it came from. */
record SignedSource(NormalizedSource source, Signature signature, Origin origin) {

    /** As a new source; it may still become a new version of a stored source by its guid. */
    Fingerprint fingerprint() {
        return source.content().fingerprint(null);
    }

    @Nullable
    String guid() {
        return source.guid() == null ? null : source.guid().value();
    }
}
