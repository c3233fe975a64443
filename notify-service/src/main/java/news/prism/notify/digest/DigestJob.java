package news.prism.notify.digest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Looks for ended digest periods every {@code prism.notify.digests.interval}, on every instance. */
@Singleton
@Requires(property = "prism.notify.digests.scheduler-enabled", notEquals = "false")
class DigestJob {

    private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);

    private final Digests digests;

    DigestJob(Digests digests) {
        this.digests = digests;
    }

    @Scheduled(fixedDelay = "${prism.notify.digests.interval}", initialDelay = "${prism.notify.digests.interval}")
    void run() {
        try {
            int queued = digests.closeEndedPeriods();
            if (queued > 0) {
                LOG.info("Queued {} digest mail(s)", queued);
            }
        } catch (RuntimeException e) {
            LOG.warn("Closing digest periods failed; they are tried again at the next run", e);
        }
    }
}
