package news.prism.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code prism.topics.*}: the topics this service writes to ({@code sources}, {@code rejections}) and reads
 * ({@code submissions}). Their names are a contract with other services and newsroom systems.
 */
@ConfigurationProperties("prism.topics")
public record IngestTopics(String sources, String submissions, String rejections) {
}
