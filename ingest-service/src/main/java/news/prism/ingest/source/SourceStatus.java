package news.prism.ingest.source;

/** What the API says about a source: taken in, or recognised as one already taken in. */
public enum SourceStatus {
    INGESTED,
    DUPLICATE
}
