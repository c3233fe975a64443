package news.prism.notify.webhook;

import java.util.List;
import java.util.UUID;

/**
 * A delivery a sender claimed, with what it needs to send it.
 *
 * @param attempts attempts made before this one
 * @param secrets  the secrets to sign with: the current one, and the previous one during its grace period
 * @param claim    the batch it was claimed in
 */
record DueDelivery(UUID id, UUID webhookId, String url, String body, int attempts, List<String> secrets,
                   UUID claim) {
}
