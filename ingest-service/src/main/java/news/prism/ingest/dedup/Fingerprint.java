package news.prism.ingest.dedup;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/**
 * What the exact-duplicate layers compare a new source by. {@code self} is the source a new version belongs to:
 * matching one of its own earlier versions makes no duplicate.
 */
public record Fingerprint(String canonicalUrl, String contentHash, @Nullable UUID self) {
}
