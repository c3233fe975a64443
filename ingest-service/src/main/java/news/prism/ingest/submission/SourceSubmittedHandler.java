package news.prism.ingest.submission;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.prism.eventing.consumer.Delivery;
import news.prism.eventing.consumer.TopicHandler;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.events.SourceSubmitted;
import news.prism.ingest.IngestTopics;
import news.prism.ingest.intake.IntakeResult;
import news.prism.ingest.intake.Offer;
import news.prism.ingest.intake.SourceIntake;
import news.prism.ingest.source.FieldPath;
import news.prism.ingest.source.Origin;
import news.prism.ingest.source.SourceGuid;
import news.prism.ingest.source.SourceNormalizer;
import news.prism.ingest.source.SourceSubmission;

/**
 * Takes in what newsroom systems offer on {@code newsroom.source-submissions.v1}, by the same rules as the HTTP
 * API. The intake joins the consumer's transaction, so the stored sources, their SourceIngested events, the
 * refusals' SourceRejected and the inbox claims commit together: a redelivered submission changes nothing. A poll's
 * submissions are taken in as one batch, each as if the earlier ones had come before it.
 */
@Singleton
public class SourceSubmittedHandler extends TopicHandler<SourceSubmitted> {

    private final SourceNormalizer normalizer;
    private final SourceIntake intake;
    private final SubmissionRejections rejections;

    public SourceSubmittedHandler(SourceNormalizer normalizer, SourceIntake intake, SubmissionRejections rejections,
                                  IngestTopics topics) {
        super(topics.submissions(), SourceSubmitted.class);
        this.normalizer = normalizer;
        this.intake = intake;
        this.rejections = rejections;
    }

    @Override
    public void handle(SourceSubmitted event, EventEnvelope envelope) {
        handleAll(List.of(new Delivery<>(event, envelope)));
    }

    @Override
    public void handleAll(List<Delivery<SourceSubmitted>> deliveries) {
        List<IntakeResult> results = intake.takeAll(deliveries.stream()
                .map(delivery -> new Offer(normalizer.normalize(
                        submission(delivery.event(), delivery.envelope().source()), FieldPath.root()),
                        Origin.topic(delivery.envelope().source())))
                .toList());
        List<SubmissionRejections.Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            if (results.get(i) instanceof IntakeResult.Rejected rejected) {
                Delivery<SourceSubmitted> refused = deliveries.get(i);
                refusals.add(new SubmissionRejections.Refusal(refused.envelope(), refused.event().getUrl(),
                        rejected.errors()));
            }
        }
        rejections.rejectAll(refusals);
    }

    /**
     * The record's fields as any path offers them; its times go through the same checks as the API's. Its guid is
     * namespaced by the system that sent it; a blank guid counts as none.
     */
    private static SourceSubmission submission(SourceSubmitted event, String sender) {
        String guid = event.getGuid();
        return new SourceSubmission(event.getOutlet(), event.getUrl(), event.getTitle(), event.getBody(),
                event.getBodyFormat(), isoOrNull(event.getPublishedAt()), event.getLanguage(), event.getByline(),
                event.getSubjects(), guid == null || guid.isBlank() ? null
                        : SourceGuid.topic(sender, guid, event.getVersionCreated()));
    }

    private static String isoOrNull(@Nullable Instant time) {
        return time == null ? null : time.toString();
    }
}
