package news.prism.notify.webhook;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.prism.errors.NotFound;

/** Creating and managing webhooks, each request one transaction. */
@Singleton
class Webhooks {

    private final WebhookRules rules;
    private final WebhookStore store;
    private final WebhookSecrets secrets;
    private final WebhookSettings settings;
    private final Clock clock;

    Webhooks(WebhookRules rules, WebhookStore store, WebhookSecrets secrets, WebhookSettings settings, Clock clock) {
        this.rules = rules;
        this.store = store;
        this.secrets = secrets;
        this.settings = settings;
        this.clock = clock;
    }

    /** Checked before anything is written: a bad request leaves no row. */
    @Transactional
    CreatedWebhook create(WebhookRequest request, String createdBy) {
        ValidWebhook valid = rules.check(request);
        Instant now = clock.instant();
        Webhook webhook = new Webhook(UUID.randomUUID(), valid.url(), valid.topics(), valid.eventTypes(),
                WebhookStatus.ACTIVE, null, createdBy, now, now, null);
        String secret = secrets.newSecret();
        store.insert(webhook, secret);
        return new CreatedWebhook(webhook, secret);
    }

    @Transactional
    List<Webhook> all() {
        return store.all();
    }

    @Transactional
    Webhook get(UUID id) {
        return store.find(id).orElseThrow(Webhooks::notFound);
    }

    @Transactional
    Webhook pause(UUID id) {
        return store.setStatus(id, WebhookStatus.PAUSED, clock.instant()).orElseThrow(Webhooks::notFound);
    }

    /** Active again, also after the service disabled it; deliveries that waited meanwhile go out. */
    @Transactional
    Webhook resume(UUID id) {
        return store.setStatus(id, WebhookStatus.ACTIVE, clock.instant()).orElseThrow(Webhooks::notFound);
    }

    /** With its deliveries. */
    @Transactional
    void delete(UUID id) {
        if (!store.delete(id)) {
            throw notFound();
        }
    }

    @Transactional
    RotatedSecret rotateSecret(UUID id) {
        Instant now = clock.instant();
        String secret = secrets.newSecret();
        Webhook webhook = store.rotate(id, secret, now.plus(settings.secretGracePeriod()), now)
                .orElseThrow(Webhooks::notFound);
        return new RotatedSecret(secret, webhook.previousSecretValidUntil());
    }

    @Transactional
    List<WebhookDelivery> deliveries(UUID id) {
        get(id);
        return store.deliveries(id, settings.deliveriesListed());
    }

    @Transactional
    Redriven redrive(UUID id) {
        get(id);
        return new Redriven(store.redrive(id, clock.instant()));
    }

    static NotFound notFound() {
        return new NotFound("No webhook has this id");
    }
}
