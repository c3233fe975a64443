package news.prism.ingest.intake;

import news.prism.ingest.source.Normalization;
import news.prism.ingest.source.Origin;

/** A submission as checked and cleaned (or refused) by its input path, and where it came from. */
public record Offer(Normalization normalization, Origin origin) {
}
