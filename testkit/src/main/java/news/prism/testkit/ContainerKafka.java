package news.prism.testkit;

import org.testcontainers.kafka.KafkaContainer;

/** A Kafka broker in a Testcontainers container (apache/kafka image), configured like {@link KafkaBroker}. */
public final class ContainerKafka implements KafkaService {

    private final KafkaContainer container;

    public ContainerKafka(KafkaContainer container) {
        this.container = container;
    }

    public static ContainerKafka start() {
        KafkaContainer container = new KafkaContainer(ContainerImages.kafka())
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        container.start();
        return new ContainerKafka(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }
}
