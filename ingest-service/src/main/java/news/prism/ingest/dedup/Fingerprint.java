package news.prism.ingest.dedup;

/** What the duplicate layers compare a new source by. */
public record Fingerprint(String canonicalUrl, String contentHash) {
}
