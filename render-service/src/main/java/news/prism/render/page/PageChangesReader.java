package news.prism.render.page;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.prism.eventing.envelope.EnvelopeReader;
import news.prism.eventing.envelope.EventEnvelope;
import news.prism.eventing.envelope.MalformedEventException;
import news.prism.eventing.kafka.KafkaClients;
import news.prism.events.PagePublished;
import news.prism.events.PageWithdrawn;
import news.prism.render.RenderTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this instance's {@link PageCache} in step with every page change, whichever instance made it. The render
 * instances share one consumer group for the stories topic, so only one of them handles each StoryPublished or
 * StoryRetracted; but each announces its change on the pages topic, and every instance reads that topic here, on
 * all partitions, from its end at startup, committing nothing (a group id of its own, never used for offsets).
 *
 * <p>The cache is used only once the end offsets are fixed: a change committed after that is announced after them
 * and so is seen here, and one committed before is already in what a load reads. When the broker fails this reader,
 * the cache is emptied and bypassed until it reads again.
 */
@Context
public class PageChangesReader implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(PageChangesReader.class);

    private final KafkaClients kafka;
    private final EnvelopeReader envelopes;
    private final PageCache cache;
    private final PagePreloader preloader;
    private final PageCacheSettings settings;
    private final String topic;
    private final String clientId;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> current;
    private Thread thread;

    public PageChangesReader(KafkaClients kafka, EnvelopeReader envelopes, PageCache cache, PagePreloader preloader,
                             PageCacheSettings settings, RenderTopics topics,
                             @Value("${micronaut.application.name}") String applicationName) {
        this.kafka = kafka;
        this.envelopes = envelopes;
        this.cache = cache;
        this.preloader = preloader;
        this.settings = settings;
        this.topic = topics.pages();
        this.clientId = applicationName + "-page-changes-" + UUID.randomUUID();
    }

    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        if (thread == null) {
            thread = Thread.ofPlatform().name("page-changes").daemon().start(this::run);
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(clientId, clientId, Map.of())) {
                current = consumer;
                if (!running) {
                    return;
                }
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                if (partitions.isEmpty()) {
                    throw new IllegalStateException("The broker knows no partitions of " + topic + " yet");
                }
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position);
                cache.startListening();
                LOG.info("Reading page changes on {} from its end; pages are served from memory", topic);
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(settings.pollTimeout())) {
                        evictFor(record);
                    }
                }
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                cache.stopListening();
                LOG.warn("Reading page changes on {} failed; pages come from the database until it reads again",
                        topic, e);
                pause();
            } finally {
                current = null;
                cache.stopListening();
            }
        }
    }

    private void evictFor(ConsumerRecord<String, byte[]> record) {
        try {
            EventEnvelope envelope = envelopes.read(record);
            PageChanged change = switch (envelope.payload()) {
                case PagePublished page -> new PageChanged(page.getStoryId(),
                        new PageAddress(page.getTopicSlug(), page.getSlug()));
                case PageWithdrawn page -> new PageChanged(page.getStoryId(),
                        new PageAddress(page.getTopicSlug(), page.getSlug()));
                default -> null;
            };
            if (change == null) {
                LOG.debug("Ignoring {} on {}", envelope.type(), topic);
                return;
            }
            cache.evict(change);
            preloader.preload(change);
        } catch (MalformedEventException e) {
            // Render wrote it, so this cannot be; if it is, nothing tells which page changed, so forget them all.
            LOG.warn("Unreadable record at {}-{}@{}: every cached page is dropped", record.topic(), record.partition(),
                    record.offset(), e);
            cache.stopListening();
            cache.startListening();
        }
    }

    private void pause() {
        try {
            Thread.sleep(settings.restartBackoff());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> consumer = current;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            thread.join(settings.restartBackoff().plus(settings.pollTimeout()).toMillis());
        }
    }
}
