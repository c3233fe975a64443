package news.prism.ingest.source;

/** The input path a source came in by. */
public enum Channel {
    HTTP
}
