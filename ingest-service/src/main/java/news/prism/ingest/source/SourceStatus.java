package news.prism.ingest.source;

/**
 * What the API says about a submission: taken in, taken in as a newer version of a source known by its guid (ninjs),
 * recognised as one already taken in, or refused (batches only; a single refusal is a problem answer).
 */
public enum SourceStatus {
    INGESTED,
    UPDATED,
    DUPLICATE,
    REJECTED
}
