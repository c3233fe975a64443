package news.prism.ingest.submission;

import jakarta.inject.Singleton;
import java.time.Instant;
import news.prism.eventing.consumer.EventHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.SourceSubmitted;
import news.prism.ingest.IngestTopics;
import news.prism.ingest.source.FieldPath;
import news.prism.ingest.source.IntakeResult;
import news.prism.ingest.source.Origin;
import news.prism.ingest.source.SourceIntake;
import news.prism.ingest.source.SourceSubmission;

/**
 * Takes in what newsroom systems offer on {@code newsroom.source-submissions.v1}, by the same rules as the HTTP
 * API. The intake joins the consumer's transaction, so the stored source, its SourceIngested event, a refusal's
 * SourceRejected and the inbox claim commit together: a redelivered submission changes nothing.
 */
@Singleton
public class SourceSubmittedHandler implements EventHandler<SourceSubmitted> {

    private final SourceIntake intake;
    private final SubmissionRejections rejections;
    private final IngestTopics topics;

    public SourceSubmittedHandler(SourceIntake intake, SubmissionRejections rejections, IngestTopics topics) {
        this.intake = intake;
        this.rejections = rejections;
        this.topics = topics;
    }

    @Override
    public String topic() {
        return topics.submissions();
    }

    @Override
    public Class<SourceSubmitted> eventType() {
        return SourceSubmitted.class;
    }

    @Override
    public void handle(SourceSubmitted event, EventEnvelope envelope) {
        IntakeResult result = intake.take(submission(event), Origin.topic(envelope.source()), FieldPath.root());
        if (result instanceof IntakeResult.Rejected rejected) {
            rejections.reject(envelope, event.getUrl(), rejected.errors());
        }
    }

    /** The record has no body format: its body is plain text. Its time goes through the same check as the API's. */
    private static SourceSubmission submission(SourceSubmitted event) {
        Instant publishedAt = event.getPublishedAt();
        return new SourceSubmission(event.getOutlet(), event.getUrl(), event.getTitle(), event.getBody(), null,
                publishedAt == null ? null : publishedAt.toString(), event.getLanguage());
    }
}
