package news.prism.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code prism.topics.*}: the topics this service writes to. Their names are a contract with other services. */
@ConfigurationProperties("prism.topics")
public record IngestTopics(String sources) {
}
