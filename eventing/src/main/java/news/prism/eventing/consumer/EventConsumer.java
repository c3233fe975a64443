package news.prism.eventing.consumer;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One supervised consumer thread. It never ends while the service runs: if its session fails (a poll, a commit or a
 * handler's fatal error), it closes its Kafka client, waits with a growing backoff and subscribes again; uncommitted
 * records come back and the inbox drops what was handled already.
 *
 * <p>Each poll's records are handled on a worker thread while this thread keeps polling with its partitions paused,
 * so a slow handler, or one waiting for the database to come back, never gets the consumer evicted from its group.
 * Offsets are committed after the worker's database commit, and only for partitions the consumer still holds.
 */
final class EventConsumer implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(EventConsumer.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    /** A poll with every partition paused fetches nothing: long enough for heartbeats and rebalances to go on. */
    private static final Duration KEEP_ALIVE_POLL = Duration.ofMillis(10);

    private final Supplier<Consumer<String, byte[]>> clients;
    private final Set<String> topics;
    private final ConsumerSettings settings;
    private final PollHandler handler;
    private final ConsumerStatus status;
    private final ConsumerMetrics metrics;
    private final ExecutorService worker;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Consumer<String, byte[]> client;
    private volatile InFlightPoll inFlight;
    private volatile Future<Boolean> work;

    EventConsumer(Supplier<Consumer<String, byte[]>> clients, Set<String> topics, ConsumerSettings settings,
                  PollHandler handler, ConsumerStatus status, ConsumerMetrics metrics) {
        this.clients = clients;
        this.topics = topics;
        this.settings = settings;
        this.handler = handler;
        this.status = status;
        this.metrics = metrics;
        this.worker = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name(status.clientId() + "-worker").daemon().factory());
    }

    ConsumerStatus status() {
        return status;
    }

    @Override
    public void run() {
        Backoff restarts = new Backoff(settings.restartBackoff(), settings.maxRestartBackoff());
        while (running) {
            try {
                session(restarts);
            } catch (Throwable failure) {
                if (!running) {
                    break;
                }
                status.sessionFailed(failure);
                metrics.restarted();
                Duration wait = restarts.next();
                LOG.error("Consumer {} of group {} failed; it subscribes again in {} ms", status.clientId(),
                        settings.groupId(), wait.toMillis(), failure);
                awaitStop(wait);
            }
        }
        status.stopped();
        stopped.countDown();
    }

    /** Ends the session at its next blocking call, waits for the poll in flight to let go, closes the client. */
    void stop() throws InterruptedException {
        running = false;
        stopping.countDown();
        Consumer<String, byte[]> current = client;
        if (current != null) {
            current.wakeup();
        }
        stopped.await(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        worker.shutdownNow();
    }

    private void session(Backoff restarts) throws Exception {
        status.subscribing();
        Consumer<String, byte[]> consumer = clients.get();
        client = consumer;
        try (AutoCloseable ignored = metrics.bind(consumer)) {
            consumer.subscribe(topics, new Rebalance(consumer));
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(settings.pollTimeout());
                status.polled();
                restarts.reset();
                if (!records.isEmpty()) {
                    handleWhilePolling(consumer, records);
                }
            }
        } catch (WakeupException | InterruptException e) {
            if (running) {
                throw e;
            }
        } finally {
            client = null;
            closeQuietly(consumer);
        }
    }

    private void handleWhilePolling(Consumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records)
            throws Exception {
        InFlightPoll poll = new InFlightPoll(records);
        consumer.pause(consumer.assignment());
        inFlight = poll;
        work = worker.submit(() -> handler.handle(poll));
        try {
            // Waiting on the work rather than in poll() lets the next records be fetched the moment it is done; a
            // keep-alive poll once it is done would only add its whole length (nothing is fetched while paused).
            awaitQuietly(work, settings.pollTimeout());
            while (!work.isDone()) {
                ConsumerRecords<String, byte[]> stray = consumer.poll(KEEP_ALIVE_POLL);
                status.polled();
                holdBack(consumer, stray);
                awaitQuietly(work, settings.pollTimeout());
            }
            boolean handled = outcome(work);
            Set<TopicPartition> held = consumer.assignment();
            if (handled) {
                var offsets = poll.nextOffsets(held);
                if (!offsets.isEmpty()) {
                    consumer.commitSync(offsets);
                }
            } else {
                rewind(consumer, poll, held);
            }
        } finally {
            if (!work.isDone()) {
                abandonInFlight();
            }
            inFlight = null;
            work = null;
        }
        consumer.resume(consumer.paused());
    }

    private static void awaitQuietly(Future<?> work, Duration longest) throws InterruptedException {
        try {
            work.get(longest.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still working, or failed: the caller looks at the outcome once it is done
        }
    }

    /** Records of partitions assigned while a poll was in flight: read them again later, in order. */
    private static void holdBack(Consumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> stray) {
        for (TopicPartition partition : stray.partitions()) {
            consumer.seek(partition, stray.records(partition).getFirst().offset());
            consumer.pause(Set.of(partition));
        }
    }

    private static void rewind(Consumer<String, byte[]> consumer, InFlightPoll poll, Set<TopicPartition> held) {
        poll.firstOffsets().forEach((partition, offset) -> {
            if (held.contains(partition)) {
                consumer.seek(partition, offset);
            }
        });
    }

    private static boolean outcome(Future<Boolean> work) throws Exception {
        try {
            return work.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Gives up the poll in flight, if any, and waits until its worker has let go of it. */
    private void abandonInFlight() {
        InFlightPoll poll = inFlight;
        Future<Boolean> current = work;
        if (poll == null || current == null) {
            return;
        }
        poll.abandon();
        try {
            current.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("The abandoned poll failed", e.getCause());
        }
    }

    /**
     * Partitions taken away while a poll is in flight: the worker finishes the step it is in and gives up the rest;
     * what it completed is committed while the consumer may still do so. Newly assigned partitions stay paused until
     * the poll in flight is done.
     */
    private final class Rebalance implements ConsumerRebalanceListener {

        private final Consumer<String, byte[]> consumer;

        Rebalance(Consumer<String, byte[]> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            settle(partitions, true);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            settle(partitions, false);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (inFlight != null) {
                consumer.pause(partitions);
            }
        }

        private void settle(Collection<TopicPartition> partitions, boolean mayCommit) {
            InFlightPoll poll = inFlight;
            Future<Boolean> current = work;
            if (poll == null || current == null || partitions.stream().noneMatch(poll.partitions()::contains)) {
                return;
            }
            poll.abandon();
            try {
                if (current.get() && mayCommit) {
                    consumer.commitSync(poll.nextOffsets(Set.copyOf(partitions)));
                }
            } catch (RuntimeException e) {
                // The records come again to whoever takes the partitions, and their inbox drops them.
                LOG.warn("Could not commit the handled poll of revoked partitions {}", partitions, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                LOG.warn("The poll in flight failed while its partitions were revoked", e.getCause());
            }
        }
    }

    private void closeQuietly(Consumer<String, byte[]> consumer) {
        try {
            consumer.close(CLOSE_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warn("Closing consumer {} failed", status.clientId(), e);
        }
    }

    private void awaitStop(Duration wait) {
        try {
            stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
