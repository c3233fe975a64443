package news.prism.notify.webhook;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.prism.eventing.signal.DatabaseSignals;
import news.prism.eventing.signal.SignalledThreads;
import news.prism.eventing.signal.Waiter;
import news.prism.notify.webhook.WebhookClient.DeliveryFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due deliveries with {@code senders} threads per instance. A sender claims a batch for a lease and sends from
 * it only in the first half of the lease, one delivery at a time, outside any transaction; each outcome is recorded
 * in a short transaction of its own, only while the claim still stands. 2xx: DELIVERED. 410 Gone: FAILED and the
 * webhook DISABLED. Anything else, or no answer: tried again after the next wait of the retry schedule; when the
 * schedule has run out, FAILED and the webhook DISABLED, each time with the reason. A process that dies after the
 * endpoint answered and before the outcome committed sends that delivery again, with the same {@code webhook-id}.
 *
 * <p>Idle senders are woken when deliveries are queued (a trigger notifies {@link #CHANNEL}) and look again after
 * {@code dispatch-interval} in any case, for retries that come due and webhooks that are resumed.
 */
@Context
@Requires(property = "prism.notify.webhooks.dispatcher-enabled", notEquals = "false")
class WebhookDispatcher {

    /** The channel the trigger on {@code webhook_deliveries} notifies (migration {@code V5__webhooks}). */
    static final String CHANNEL = "prism_webhooks";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 1000;
    private static final int GONE = 410;

    private final TransactionOperations<Connection> transactions;
    private final DeliveryQueue queue;
    private final WebhookClient client;
    private final WebhookSettings settings;
    private final Clock clock;
    private final SignalledThreads senders;
    private volatile boolean running;

    WebhookDispatcher(TransactionOperations<Connection> transactions, DeliveryQueue queue, WebhookClient client,
                      WebhookSettings settings, DatabaseSignals signals, Clock clock) {
        this.transactions = transactions;
        this.queue = queue;
        this.client = client;
        this.settings = settings;
        this.clock = clock;
        this.senders = new SignalledThreads(signals.signal(CHANNEL), "webhook-sender-", settings.senders(),
                this::sendWhileRunning);
    }

    @PostConstruct
    void start() {
        running = true;
        senders.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        senders.stop();
    }

    private void sendWhileRunning(Waiter waiter) {
        try {
            while (running) {
                if (sendBatch() == 0) {
                    waiter.await(settings.dispatchInterval());
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return how many deliveries were claimed */
    private int sendBatch() {
        try {
            Instant now = clock.instant();
            Instant sendUntil = now.plus(settings.claimLease().dividedBy(2));
            List<DueDelivery> batch = transactions.executeWrite(status ->
                    queue.claimDue(settings.batchSize(), settings.claimLease(), now));
            for (int i = 0; i < batch.size(); i++) {
                if (!running || clock.instant().isAfter(sendUntil)) {
                    List<DueDelivery> rest = batch.subList(i, batch.size());
                    inTransaction(() -> queue.release(rest, clock.instant()));
                    break;
                }
                attempt(batch.get(i));
            }
            return batch.size();
        } catch (RuntimeException e) {
            LOG.warn("Webhook dispatch failed; the deliveries stay queued and are tried again", e);
            return 0;
        }
    }

    private void attempt(DueDelivery delivery) {
        int attempts = delivery.attempts() + 1;
        String id = delivery.id().toString();
        long timestamp = clock.instant().getEpochSecond();
        String signature = WebhookSigner.signature(id, timestamp, delivery.body(), delivery.secrets());
        Integer status = null;
        String error;
        try {
            status = client.post(delivery.url(), delivery.body(), WebhookHeaders.ID, id,
                    WebhookHeaders.TIMESTAMP, String.valueOf(timestamp), WebhookHeaders.SIGNATURE, signature);
            error = status / 100 == 2 ? null : "HTTP " + status;
        } catch (DeliveryFailure e) {
            error = e.getMessage();
        }
        record(delivery, attempts, status, error == null ? null : shortened(error));
    }

    private void record(DueDelivery delivery, int attempts, @Nullable Integer status, @Nullable String error) {
        inTransaction(() -> {
            Instant now = clock.instant();
            if (error == null) {
                if (!queue.delivered(delivery, attempts, status, now)) {
                    LOG.warn("Webhook delivery {} was delivered after its claim had lapsed", delivery.id());
                }
                return;
            }
            if (status != null && status == GONE) {
                if (queue.failed(delivery, attempts, status, error, now)) {
                    LOG.warn("Webhook {} answered 410 Gone; disabling it", delivery.webhookId());
                    queue.disable(delivery.webhookId(), "the endpoint answered 410 Gone to delivery "
                            + delivery.id() + " at " + now, now);
                }
                return;
            }
            List<Duration> schedule = settings.retrySchedule();
            if (attempts <= schedule.size()) {
                LOG.info("Webhook delivery {} failed (attempt {} of {}): {}", delivery.id(), attempts,
                        schedule.size() + 1, error);
                queue.retryAt(delivery, attempts, status, error, now.plus(schedule.get(attempts - 1)));
            } else if (queue.failed(delivery, attempts, status, error, now)) {
                LOG.warn("Webhook delivery {} failed all {} attempts; disabling webhook {}: {}", delivery.id(),
                        attempts, delivery.webhookId(), error);
                queue.disable(delivery.webhookId(), "delivery " + delivery.id() + " failed all " + attempts
                        + " attempts, the last at " + now + ": " + error, now);
            }
        });
    }

    private void inTransaction(Runnable work) {
        transactions.executeWrite(status -> {
            work.run();
            return null;
        });
    }

    private static String shortened(String error) {
        return error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
    }
}
