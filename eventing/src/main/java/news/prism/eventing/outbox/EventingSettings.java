package news.prism.eventing.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code prism.eventing.*}: {@code source}, the CloudEvents source every event this service writes to its outbox
 * names it by ({@code /prism/story-service}).
 */
@ConfigurationProperties("prism.eventing")
public record EventingSettings(String source) {
}
