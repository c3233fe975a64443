package news.prism.story.publish;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Looks for due scheduled publications every {@code prism.publishing.schedule.poll-every}, one round after the other. */
@Singleton
@Requires(property = "prism.publishing.schedule.enabled", notEquals = "false")
public class SchedulePoller {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulePoller.class);

    private final DuePublications due;
    private final ScheduleSettings settings;

    public SchedulePoller(DuePublications due, ScheduleSettings settings) {
        this.due = due;
        this.settings = settings;
    }

    @Scheduled(fixedDelay = "${prism.publishing.schedule.poll-every}",
            initialDelay = "${prism.publishing.schedule.poll-every}")
    void poll() {
        try {
            int published = publishDue();
            if (published > 0) {
                LOG.info("Published {} scheduled version(s)", published);
            }
        } catch (RuntimeException e) {
            // A database outage, say: the next round tries again.
            LOG.error("Publishing scheduled stories failed", e);
        }
    }

    /** Publishes what is due, each in its own transaction, up to the round's maximum; how many it published. */
    public int publishDue() {
        int published = 0;
        while (published < settings.maxPerRound() && due.publishNext().isPresent()) {
            published++;
        }
        return published;
    }
}
