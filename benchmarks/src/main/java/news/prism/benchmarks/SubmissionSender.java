package news.prism.benchmarks;

import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.eventing.envelope.TraceParent;
import news.prism.events.SourceSubmitted;
import news.prism.schemas.EventCodec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes sources on a submissions topic as a newsroom system does: Avro, in a CloudEvents envelope. */
final class SubmissionSender implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final EventCodec codec = new EventCodec();

    SubmissionSender(String bootstrapServers) {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    void send(String topic, String key, SourceSubmitted submission) {
        var record = new ProducerRecord<String, byte[]>(topic, null, key, codec.encode(submission));
        CloudEventHeaders.write(record.headers(), UUID.randomUUID().toString(),
                SourceSubmitted.getClassSchema().getFullName(), "/benchmark", Instant.now(), TraceParent.newTrace());
        producer.send(record);
    }

    void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
