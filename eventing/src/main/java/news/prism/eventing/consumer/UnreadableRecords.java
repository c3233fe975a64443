package news.prism.eventing.consumer;

import news.prism.eventing.envelope.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a service does with a record on one of its topics that is not a readable event, when it can do better than
 * park it as a dead letter: a topic that outside systems write to, say, tells the sender why. If this throws, the
 * record is parked after all, so nothing is lost.
 */
public interface UnreadableRecords {

    String topic();

    /** Runs in a transaction of its own; the record's offset is committed after it. */
    void refuse(ConsumerRecord<String, byte[]> record, MalformedEventException reason);
}
