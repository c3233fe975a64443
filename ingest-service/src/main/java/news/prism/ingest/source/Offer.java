package news.prism.ingest.source;

/** A submission as checked and cleaned (or refused) by its input path, and where it came from. */
public record Offer(Normalization normalization, Origin origin) {
}
