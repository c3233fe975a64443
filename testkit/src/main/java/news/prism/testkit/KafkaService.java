package news.prism.testkit;

/** A running Kafka broker, whether a child process or a container. */
public interface KafkaService extends AutoCloseable {

    String bootstrapServers();

    @Override
    void close();
}
