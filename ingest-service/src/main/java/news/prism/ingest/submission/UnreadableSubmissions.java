package news.prism.ingest.submission;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import news.prism.eventing.consumer.ConsumerSettings;
import news.prism.eventing.consumer.UnreadableRecords;
import news.prism.eventing.envelope.CloudEventHeaders;
import news.prism.eventing.envelope.MalformedEventException;
import news.prism.eventing.inbox.Inbox;
import news.prism.ingest.IngestTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A record on {@code newsroom.source-submissions.v1} that is no readable SourceSubmitted (not Avro, another schema,
 * no CloudEvents headers) is refused like any other bad submission: a SourceRejected on {@code ingest.rejections.v1}
 * saying why, keyed by its {@code ce_id} when it has one, else by where it lies on the topic.
 */
@Singleton
public class UnreadableSubmissions implements UnreadableRecords {

    private static final String INBOX_TYPE = "unreadable-record";

    private final SubmissionRejections rejections;
    private final Inbox inbox;
    private final ConsumerSettings consumer;
    private final IngestTopics topics;

    public UnreadableSubmissions(SubmissionRejections rejections, Inbox inbox, ConsumerSettings consumer,
                                 IngestTopics topics) {
        this.rejections = rejections;
        this.inbox = inbox;
        this.consumer = consumer;
        this.topics = topics;
    }

    @Override
    public String topic() {
        return topics.submissions();
    }

    /** A record read again (its offset not yet committed when the service stopped) is refused once. */
    @Override
    @Transactional
    public void refuse(ConsumerRecord<String, byte[]> record, MalformedEventException reason) {
        String position = record.topic() + "-" + record.partition() + "@" + record.offset();
        if (!inbox.claim(consumer.groupId(), position, INBOX_TYPE)) {
            return;
        }
        String eventId = CloudEventHeaders.read(record.headers(), CloudEventHeaders.ID);
        rejections.rejectUnreadable(eventId == null || eventId.isBlank() ? position : eventId, reason.getMessage());
    }
}
