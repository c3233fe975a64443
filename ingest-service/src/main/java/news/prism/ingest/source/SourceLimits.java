package news.prism.ingest.source;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code prism.ingest.sources.*}: the largest body (UTF-8 bytes, as sent), the longest canonical URL, title,
 * outlet and byline (characters), and how many subjects of what length, accepted. Together they keep a SourceIngested event under Kafka's default 1 MiB record limit:
 * a larger record could never leave the outbox.
 */
@ConfigurationProperties("prism.ingest.sources")
public record SourceLimits(int maxBodyBytes, int maxUrlLength, int maxTitleLength, int maxOutletLength,
                           int maxBylineLength, int maxSubjects, int maxSubjectLength) {
}
