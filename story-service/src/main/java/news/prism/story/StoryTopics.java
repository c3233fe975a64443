package news.prism.story;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code prism.topics.*}: the topics this service reads ({@code sources}, SourceIngested) and writes
 * ({@code stories}, StoryPublished and StoryRetracted). Their names are a contract with the other services.
 */
@ConfigurationProperties("prism.topics")
public record StoryTopics(String sources, String stories) {
}
