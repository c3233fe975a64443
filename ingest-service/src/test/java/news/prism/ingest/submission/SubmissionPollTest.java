package news.prism.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.prism.eventing.consumer.EventDispatcher;
import news.prism.eventing.consumer.EventDispatcher.Routed;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.eventing.envelope.TraceParent;
import news.prism.events.SourceSubmitted;
import news.prism.ingest.support.Articles;
import news.prism.ingest.support.HttpIntakeTest;
import org.junit.jupiter.api.Test;

/**
 * A whole poll of the inbound topic, handed over as the consumer does: one intake for all its submissions, a
 * refusal for the broken one only, the counters counted once, and nothing new when the poll is delivered again.
 */
@MicronautTest(transactional = false)
class SubmissionPollTest extends HttpIntakeTest {

    private static final String SUBMISSIONS = "newsroom.source-submissions.v1";
    private static final String GROUP = "ingest-service";

    @Inject
    EventDispatcher dispatcher;

    @Inject
    MeterRegistry meters;

    @Test
    void takesInAPollAsIfItsSubmissionsHadComeOneAfterTheOther() {
        String slug = UUID.randomUUID().toString();
        String strike = Articles.text("harbour-strike") + " " + slug;
        String original = "https://port.example/" + slug;
        Routed first = submission(original, strike);
        Routed sameAddress = submission(original + "?utm_source=wire", "Other words " + slug);
        Routed sameText = submission("https://mirror.example/" + slug, strike);
        Routed nearCopy = submission("https://aggregator.example/" + slug, Articles.lightlyEdited(strike));
        Routed broken = submission("nowhere", " ");
        Routed unrelated = submission("https://city.example/" + slug, Articles.text("council-budget") + " " + slug);
        List<Routed> poll = List.of(first, sameAddress, sameText, nearCopy, broken, unrelated);
        double duplicatesBefore = intake("duplicate");
        double rejectedBefore = intake("rejected");

        dispatcher.dispatchAll(poll, GROUP);

        String originalId = rows.string("SELECT id FROM sources WHERE canonical_url = ?", original);
        assertThat(rows.count("SELECT count(*) FROM sources WHERE canonical_url LIKE ?", "%" + slug)).isEqualTo(3);
        assertThat(rows.string("SELECT near_duplicate_of FROM sources WHERE canonical_url = ?",
                "https://aggregator.example/" + slug)).isEqualTo(originalId);
        assertThat(rows.count("SELECT count(*) FROM outbox WHERE topic = 'ingest.rejections.v1' AND message_key = ?",
                broken.envelope().id())).isEqualTo(1);
        assertThat(rows.count("SELECT count(*) FROM outbox WHERE topic = 'ingest.rejections.v1' AND message_key = ?",
                first.envelope().id())).isZero();
        assertThat(rows.count("SELECT count(*) FROM inbox WHERE consumer_group = ?", GROUP)).isEqualTo(6);
        assertThat(intake("duplicate")).isEqualTo(duplicatesBefore + 2);
        assertThat(intake("rejected")).isEqualTo(rejectedBefore + 1);

        long sources = rows.sources();
        long outbox = rows.outbox();
        dispatcher.dispatchAll(poll, GROUP);

        assertThat(rows.sources()).isEqualTo(sources);
        assertThat(rows.outbox()).isEqualTo(outbox);
        assertThat(intake("duplicate")).isEqualTo(duplicatesBefore + 2);
    }

    private double intake(String outcome) {
        Counter counter = meters.find("prism.ingest.intake").tag("channel", "topic").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static Routed submission(String url, String body) {
        SourceSubmitted event = SourceSubmitted.newBuilder().setUrl(url).setTitle("Report at " + url).setBody(body)
                .build();
        return new Routed(SUBMISSIONS, new EventEnvelope(UUID.randomUUID().toString(),
                SourceSubmitted.getClassSchema().getFullName(), "/newsroom/wire-desk", Instant.now(),
                TraceParent.newTrace(), url, event));
    }
}
