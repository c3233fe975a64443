package news.prism.ingest.source;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code prism.ingest.sources.*}: the largest body (UTF-8 bytes) and the longest canonical URL accepted. */
@ConfigurationProperties("prism.ingest.sources")
public record SourceLimits(int maxBodyBytes, int maxUrlLength) {
}
