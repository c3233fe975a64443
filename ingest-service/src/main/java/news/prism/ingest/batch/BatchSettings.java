package news.prism.ingest.batch;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code prism.ingest.batch.*}: how many sources one {@code POST /api/sources/batch} may carry. */
@ConfigurationProperties("prism.ingest.batch")
public record BatchSettings(int maxSources) {
}
