package news.prism.ingest.submission;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import news.prism.errors.FieldError;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.eventing.outbox.Outbox;
import news.prism.events.RejectionError;
import news.prism.events.SourceRejected;
import news.prism.ingest.IngestTopics;
import news.prism.ingest.source.SourceLimits;

/**
 * Tells the newsroom system why its submission was refused: a SourceRejected on {@code ingest.rejections.v1},
 * keyed by the submission's event id, through the outbox of the consumer's transaction.
 */
@Singleton
public class SubmissionRejections {

    private final Outbox outbox;
    private final IngestTopics topics;
    private final SourceLimits limits;
    private final Clock clock;

    public SubmissionRejections(Outbox outbox, IngestTopics topics, SourceLimits limits, Clock clock) {
        this.outbox = outbox;
        this.topics = topics;
        this.limits = limits;
        this.clock = clock;
    }

    /** Tells each refused submission's sender why, in one round trip. */
    public void rejectAll(List<Refusal> refusals) {
        outbox.addAll(refusals.stream()
                .map(refusal -> new Outbox.Entry(topics.rejections(), refusal.submission().id(),
                        rejection(refusal.submission().id(), refusal.url(), refusal.errors()), refusal.submission()))
                .toList());
    }

    /** Tells the sender of a record that is no readable submission why; it has no trace to continue. */
    public void rejectUnreadable(String submissionId, String problem) {
        outbox.add(topics.rejections(), submissionId, rejection(submissionId, null,
                List.of(new FieldError("record", "is not a readable SourceSubmitted event: " + problem))));
    }

    private SourceRejected rejection(String submissionId, @Nullable String url, List<FieldError> errors) {
        return SourceRejected.newBuilder()
                .setSubmissionId(submissionId)
                .setReason(reason(errors))
                .setErrors(errors.stream().map(error -> new RejectionError(error.field(), error.message())).toList())
                .setRejectedAt(clock.instant())
                .setUrl(shortened(url))
                .build();
    }

    /** A refused URL can be of any length; the rejection carries its first characters, as many as a URL may have. */
    private String shortened(@Nullable String url) {
        return url == null || url.length() <= limits.maxUrlLength() ? url : url.substring(0, limits.maxUrlLength());
    }

    /** One sentence naming every broken rule, for people reading the topic; {@code errors} is for machines. */
    static String reason(List<FieldError> errors) {
        return "The submission breaks " + errors.size() + (errors.size() == 1 ? " rule: " : " rules: ")
                + errors.stream().map(error -> error.field() + " " + error.message())
                        .collect(Collectors.joining("; "));
    }

    /** A submission the intake refused, the URL it gave, and every rule it breaks. */
    public record Refusal(EventEnvelope submission, @Nullable String url, List<FieldError> errors) {
    }
}
