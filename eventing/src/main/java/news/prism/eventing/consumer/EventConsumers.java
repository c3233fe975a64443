package news.prism.eventing.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.prism.eventing.envelope.EnvelopeReader;
import news.prism.eventing.kafka.KafkaClients;
import news.prism.eventing.tracing.EventTracing;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/** Starts the service's consumer threads once the application is up, and stops them before it goes down. */
@Context
@Requires(property = "prism.consumer.enabled", notEquals = "false")
@Requires(bean = EventHandler.class)
public class EventConsumers implements ApplicationEventListener<StartupEvent> {

    private final ConsumerSettings settings;
    private final KafkaClients kafka;
    private final EnvelopeReader reader;
    private final EventDispatcher dispatcher;
    private final DeadLetters deadLetters;
    private final Map<String, UnreadableRecords> unreadable;
    private final DatabaseProbe database;
    private final ConsumerMetrics metrics;
    private final EventTracing tracing;
    private final String applicationName;
    private final Clock clock;
    private final List<EventConsumer> running = new ArrayList<>();

    public EventConsumers(ConsumerSettings settings, KafkaClients kafka, EnvelopeReader reader,
                          EventDispatcher dispatcher, DeadLetters deadLetters, List<UnreadableRecords> unreadable,
                          DatabaseProbe database, MeterRegistry registry, EventTracing tracing,
                          @Value("${micronaut.application.name}") String applicationName, Clock clock) {
        if (settings.groupId() == null || settings.groupId().isBlank()) {
            throw new IllegalStateException("prism.consumer.group-id must be set");
        }
        this.settings = settings;
        this.kafka = kafka;
        this.reader = reader;
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
        this.unreadable = unreadable.stream().collect(Collectors.toMap(UnreadableRecords::topic, refuser -> refuser));
        this.database = database;
        this.metrics = new ConsumerMetrics(registry, settings.groupId());
        this.metrics.register(dispatcher.topics());
        this.tracing = tracing;
        this.applicationName = applicationName;
        this.clock = clock;
    }

    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        for (int i = 0; i < settings.threads(); i++) {
            String clientId = applicationName + "-consumer-" + i;
            var status = new ConsumerStatus(clientId, clock);
            var handler = new PollHandler(settings, reader, dispatcher, deadLetters, unreadable, database, status,
                    metrics, tracing);
            var consumer = new EventConsumer(
                    () -> kafka.consumer(settings.groupId(), clientId,
                            Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords(),
                                    ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG,
                                    (int) settings.maxPollInterval().toMillis())),
                    dispatcher.topics(), settings, handler, status, metrics);
            running.add(consumer);
            Thread.ofPlatform().name(clientId).daemon().start(consumer);
        }
    }

    /** What each consumer thread is doing, for health checks. */
    public synchronized List<ConsumerStatus> statuses() {
        return running.stream().map(EventConsumer::status).toList();
    }

    public ConsumerSettings settings() {
        return settings;
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        for (EventConsumer consumer : running) {
            consumer.stop();
        }
        running.clear();
    }
}
