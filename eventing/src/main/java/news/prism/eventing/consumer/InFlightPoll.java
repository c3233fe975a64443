package news.prism.eventing.consumer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The records of one poll while a worker handles them. The consumer thread may abandon them (its partitions were
 * revoked, or the service stops): the worker then gives up at its next wait, and nothing of them is committed.
 */
final class InFlightPoll {

    private final ConsumerRecords<String, byte[]> records;
    private final CountDownLatch abandoned = new CountDownLatch(1);

    InFlightPoll(ConsumerRecords<String, byte[]> records) {
        this.records = records;
    }

    ConsumerRecords<String, byte[]> records() {
        return records;
    }

    Set<TopicPartition> partitions() {
        return records.partitions();
    }

    void abandon() {
        abandoned.countDown();
    }

    boolean isAbandoned() {
        return abandoned.getCount() == 0;
    }

    /** Waits, unless abandoned first; returns whether the poll is still wanted. */
    boolean await(Duration wait) {
        try {
            return !abandoned.await(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            return false;
        }
    }

    /** The offsets to commit once all of it has been handled, for those of {@code partitions} it holds. */
    Map<TopicPartition, OffsetAndMetadata> nextOffsets(Set<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            if (partitions.contains(partition)) {
                var held = records.records(partition);
                offsets.put(partition, new OffsetAndMetadata(held.getLast().offset() + 1));
            }
        }
        return offsets;
    }

    /** The first offset it holds of each partition: where to read again if it was not handled. */
    Map<TopicPartition, Long> firstOffsets() {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            ConsumerRecord<String, byte[]> first = records.records(partition).getFirst();
            offsets.put(partition, first.offset());
        }
        return offsets;
    }
}
