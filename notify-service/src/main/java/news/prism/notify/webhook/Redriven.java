package news.prism.notify.webhook;

import io.micronaut.serde.annotation.Serdeable;

/** The answer to a re-drive: how many failed deliveries are queued again. */
@Serdeable
public record Redriven(int requeued) {
}
