package news.prism.eventing.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import news.prism.eventing.envelope.EnvelopeReader;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.eventing.envelope.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One consumer thread: poll, handle the records in a database transaction, and commit the offsets only after
 * it has committed. A record that keeps failing is parked as a dead letter.
 */
class EventConsumer implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(EventConsumer.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final ConsumerSettings settings;
    private final EnvelopeReader reader;
    private final EventDispatcher dispatcher;
    private final DeadLetters deadLetters;
    private final Map<String, UnreadableRecords> unreadable;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;

    EventConsumer(KafkaConsumer<String, byte[]> consumer, ConsumerSettings settings, EnvelopeReader reader,
                  EventDispatcher dispatcher, DeadLetters deadLetters, Map<String, UnreadableRecords> unreadable) {
        this.consumer = consumer;
        this.settings = settings;
        this.reader = reader;
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
        this.unreadable = unreadable;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(dispatcher.topics());
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(settings.pollTimeout());
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                List<ReadEvent> readable = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : records) {
                    read(record).ifPresent(readable::add);
                    done.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                }
                handle(readable);
                if (!done.isEmpty()) {
                    consumer.commitSync(done);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            // Uncommitted records are redelivered to whichever instance takes over the partitions.
            LOG.error("Consumer of group {} stopped", settings.groupId(), e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
            stopped.countDown();
        }
    }

    void stop() throws InterruptedException {
        running = false;
        consumer.wakeup();
        stopped.await();
    }

    /**
     * An unreadable record is refused by the topic's {@link UnreadableRecords}, if it has one, or else parked at
     * once: retrying cannot make it readable.
     */
    private Optional<ReadEvent> read(ConsumerRecord<String, byte[]> record) {
        try {
            return Optional.of(new ReadEvent(record, reader.read(record)));
        } catch (MalformedEventException e) {
            refuseOrPark(record, e);
            return Optional.empty();
        }
    }

    private void refuseOrPark(ConsumerRecord<String, byte[]> record, MalformedEventException reason) {
        UnreadableRecords refuser = unreadable.get(record.topic());
        if (refuser != null) {
            try {
                refuser.refuse(record, reason);
                return;
            } catch (RuntimeException e) {
                reason.addSuppressed(e);
            }
        }
        park(record, reason);
    }

    /**
     * The whole poll in one transaction, which is what makes a busy consumer fast; if any event of it fails, the
     * transaction is rolled back and the events are handled one by one, so that only the failing one is retried
     * and parked.
     */
    private void handle(List<ReadEvent> events) {
        if (events.size() > 1) {
            try {
                dispatcher.dispatchAll(events.stream()
                        .map(event -> new EventDispatcher.Routed(event.record().topic(), event.envelope())).toList(),
                        settings.groupId());
                return;
            } catch (RuntimeException e) {
                LOG.warn("A batch of {} events failed; handling them one by one", events.size(), e);
            }
        }
        events.forEach(this::handleOne);
    }

    private void handleOne(ReadEvent event) {
        for (int attempt = 1; ; attempt++) {
            try {
                dispatcher.dispatch(event.record().topic(), settings.groupId(), event.envelope());
                return;
            } catch (RuntimeException e) {
                if (attempt >= settings.maxAttempts()) {
                    park(event.record(), e);
                    return;
                }
                LOG.warn("Event {} from {} failed (attempt {} of {}), retrying", event.envelope().id(),
                        event.record().topic(), attempt, settings.maxAttempts(), e);
                pause(settings.retryBackoff().multipliedBy(attempt));
            }
        }
    }

    private record ReadEvent(ConsumerRecord<String, byte[]> record, EventEnvelope envelope) {
    }

    private void park(ConsumerRecord<String, byte[]> record, RuntimeException error) {
        LOG.error("Parking {}-{}@{} as a dead letter", record.topic(), record.partition(), record.offset(), error);
        deadLetters.park(record, settings.groupId(), error);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
    }
}
