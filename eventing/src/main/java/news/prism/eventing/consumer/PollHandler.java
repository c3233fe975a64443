package news.prism.eventing.consumer;

import io.opentelemetry.api.trace.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.prism.eventing.envelope.EnvelopeReader;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.eventing.envelope.MalformedEventException;
import news.prism.eventing.tracing.EventScope;
import news.prism.eventing.tracing.EventTracing;
import news.prism.eventing.tracing.Traces;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles the records of one poll on a consumer's worker thread: reads them, runs their handlers in one transaction
 * (one at a time if that fails), refuses or parks what cannot be handled. A failure that says a dependency is away
 * is waited out with backoff, however long, and never parks an event; only an event that fails while the database
 * answers is parked, after {@code max-attempts} tries.
 */
final class PollHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PollHandler.class);

    private final ConsumerSettings settings;
    private final EnvelopeReader reader;
    private final EventDispatcher dispatcher;
    private final DeadLetters deadLetters;
    private final Map<String, UnreadableRecords> unreadable;
    private final DatabaseProbe database;
    private final ConsumerStatus status;
    private final ConsumerMetrics metrics;
    private final EventTracing tracing;

    PollHandler(ConsumerSettings settings, EnvelopeReader reader, EventDispatcher dispatcher, DeadLetters deadLetters,
                Map<String, UnreadableRecords> unreadable, DatabaseProbe database, ConsumerStatus status,
                ConsumerMetrics metrics, EventTracing tracing) {
        this.settings = settings;
        this.reader = reader;
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
        this.unreadable = unreadable;
        this.database = database;
        this.status = status;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    /** @return true when every record was handled, refused or parked; false when the poll was abandoned first */
    boolean handle(InFlightPoll poll) {
        List<ReadEvent> readable = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : poll.records()) {
            try {
                readable.add(new ReadEvent(record, reader.read(record)));
            } catch (MalformedEventException e) {
                if (!untilDone(poll, record, () -> refuseOrPark(record, e))) {
                    return false;
                }
            }
        }
        if (readable.size() > 1) {
            Together together = handleTogether(poll, readable);
            if (together != Together.ONE_FAILED) {
                return together == Together.HANDLED;
            }
        }
        for (ReadEvent event : readable) {
            if (!handleOne(poll, event)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The whole poll in one transaction, which is what makes a busy consumer fast.
     *
     * @return {@link Together#ONE_FAILED} when an event of it failed on a healthy system, so that the events are
     *         handled one by one and only the failing one is retried and parked
     */
    private Together handleTogether(InFlightPoll poll, List<ReadEvent> events) {
        Backoff backoff = dependencyBackoff();
        while (true) {
            List<Processing> processing = events.stream().map(this::process).toList();
            try {
                dispatcher.dispatchAll(processing.stream()
                        .map(each -> new EventDispatcher.Routed(each.topic(), each.envelope())).toList(),
                        settings.groupId());
                processing.forEach(Processing::handled);
                status.dependencyBack();
                return Together.HANDLED;
            } catch (Throwable e) {
                processing.forEach(each -> each.failed(e));
                rethrowIfFatal(e);
                if (!dependencyAway(e)) {
                    LOG.warn("A batch of {} events failed; handling them one by one", events.size(), e);
                    return Together.ONE_FAILED;
                }
                if (!waitForDependency(poll, backoff, e, events.getFirst().record().topic(),
                        events.size() + " events")) {
                    return Together.ABANDONED;
                }
            }
        }
    }

    private boolean handleOne(InFlightPoll poll, ReadEvent event) {
        Backoff backoff = dependencyBackoff();
        String topic = event.record().topic();
        for (int failures = 0; ; ) {
            Processing processing = process(event);
            try (EventScope ignored = EventScope.enter(processing.envelope())) {
                dispatcher.dispatch(topic, settings.groupId(), processing.envelope());
                processing.handled();
                status.dependencyBack();
                return true;
            } catch (Throwable e) {
                processing.failed(e);
                rethrowIfFatal(e);
                if (dependencyAway(e)) {
                    if (!waitForDependency(poll, backoff, e, topic, "event " + event.envelope().id())) {
                        return false;
                    }
                    continue;
                }
                metrics.failed(topic);
                if (++failures >= settings.maxAttempts()) {
                    return untilDone(poll, event.record(), () -> park(event.record(), e));
                }
                LOG.warn("Event {} from {} failed (attempt {} of {}), retrying", event.envelope().id(), topic,
                        failures, settings.maxAttempts(), e);
                metrics.retried(topic);
                if (!poll.await(settings.retryBackoff().multipliedBy(failures))) {
                    return false;
                }
            }
        }
    }

    /**
     * An unreadable record is refused by the topic's {@link UnreadableRecords}, if it has one, or else parked at
     * once: retrying cannot make it readable.
     */
    private void refuseOrPark(ConsumerRecord<String, byte[]> record, MalformedEventException reason) {
        UnreadableRecords refuser = unreadable.get(record.topic());
        if (refuser != null) {
            try {
                refuser.refuse(record, reason);
                return;
            } catch (RuntimeException e) {
                if (dependencyAway(e)) {
                    throw e;
                }
                reason.addSuppressed(e);
            }
        }
        park(record, reason);
    }

    private void park(ConsumerRecord<String, byte[]> record, Throwable error) {
        LOG.error("Parking {}-{}@{} as a dead letter", record.topic(), record.partition(), record.offset(), error);
        deadLetters.park(record, settings.groupId(), error);
        metrics.parked(record.topic());
    }

    /** Runs a step that must happen before the record's offset is committed, waiting out any failure of it. */
    private boolean untilDone(InFlightPoll poll, ConsumerRecord<String, byte[]> record, Runnable step) {
        Backoff backoff = dependencyBackoff();
        while (true) {
            try {
                step.run();
                status.dependencyBack();
                return true;
            } catch (RuntimeException e) {
                if (!waitForDependency(poll, backoff, e, record.topic(),
                        record.topic() + "-" + record.partition() + "@" + record.offset())) {
                    return false;
                }
            }
        }
    }

    private boolean waitForDependency(InFlightPoll poll, Backoff backoff, Throwable failure, String topic,
                                      String what) {
        var wait = backoff.next();
        status.waitingFor(failure);
        metrics.retried(topic);
        LOG.warn("A dependency is away ({}); {} waits {} ms and is tried again", failure, what, wait.toMillis());
        return poll.await(wait);
    }

    /** A failure says a dependency is away if it says so itself, or if the database does not answer now. */
    private boolean dependencyAway(Throwable failure) {
        return TransientFailures.isTransient(failure) || !database.isReachable();
    }

    private Backoff dependencyBackoff() {
        return new Backoff(settings.retryBackoff(), settings.maxRetryBackoff());
    }

    private static void rethrowIfFatal(Throwable failure) {
        if (TransientFailures.endsTheSession(failure)) {
            throw (VirtualMachineError) failure;
        }
    }

    private Processing process(ReadEvent event) {
        EventEnvelope received = event.envelope();
        Span span = tracing.process(event.record().topic(), settings.groupId(), received.id(), received.traceParent());
        EventEnvelope envelope = new EventEnvelope(received.id(), received.type(), received.source(), received.time(),
                Traces.of(span, received::traceParent), received.key(), received.payload());
        return new Processing(event.record().topic(), envelope, span);
    }

    /**
     * One try at handling an event, under a span of its own; the envelope handed to the handler carries that span
     * as its traceparent, so that the events the handler causes are its children.
     */
    private final class Processing {

        private final String topic;
        private final EventEnvelope envelope;
        private final Span span;

        Processing(String topic, EventEnvelope envelope, Span span) {
            this.topic = topic;
            this.envelope = envelope;
            this.span = span;
        }

        String topic() {
            return topic;
        }

        EventEnvelope envelope() {
            return envelope;
        }

        void handled() {
            metrics.handled(topic);
            try (EventScope ignored = EventScope.enter(envelope)) {
                LOG.debug("Handled {} {} from {}", envelope.type(), envelope.id(), topic);
            }
            span.end();
        }

        void failed(Throwable failure) {
            EventTracing.failed(span, failure);
            span.end();
        }
    }

    private enum Together { HANDLED, ONE_FAILED, ABANDONED }

    private record ReadEvent(ConsumerRecord<String, byte[]> record, EventEnvelope envelope) {
    }
}
