package news.prism.notify;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code prism.topics.*}: the topics this service reads ({@code pages}, PagePublished and PageWithdrawn) and writes
 * ({@code deliveries}, DeliveryRecorded). Their names are a contract with the other services.
 */
@ConfigurationProperties("prism.topics")
public record NotifyTopics(String pages, String deliveries) {
}
