package news.prism.notify.digest;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import news.prism.notify.mail.MailQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes the digest periods that have ended: for each, in one transaction, the period is recorded (once: the unique
 * key on subscriber, topic and period start), the subscription moves on to its next period, and a digest mail is
 * queued if the period brought new stories. Several schedulers, on one instance or many, can run at once: each
 * subscription is locked while it is dealt with and skipped by the others, and the unique key settles the rest.
 * A scheduler that was down catches up period by period, each with a digest of its own.
 */
@Singleton
public class Digests {

    private static final Logger LOG = LoggerFactory.getLogger(Digests.class);

    private final TransactionOperations<Connection> transactions;
    private final DigestStore store;
    private final MailQueue mails;
    private final DigestSettings settings;
    private final Clock clock;

    Digests(TransactionOperations<Connection> transactions, DigestStore store, MailQueue mails,
            DigestSettings settings, Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.mails = mails;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return how many digest mails were queued */
    public int closeEndedPeriods() {
        int queued = 0;
        while (true) {
            Instant now = clock.instant();
            List<OpenPeriod> due = transactions.executeRead(status -> store.due(now, settings.batchSize()));
            int closed = 0;
            for (OpenPeriod period : due) {
                Optional<Boolean> mailed = transactions.executeWrite(status -> close(period, now));
                if (mailed.isPresent()) {
                    closed++;
                    queued += mailed.get() ? 1 : 0;
                }
            }
            // Stop when the backlog is gone, or when others hold what is left.
            if (due.size() < settings.batchSize() || closed == 0) {
                return queued;
            }
        }
    }

    /** @return whether a mail was queued; empty when another scheduler holds or has closed this period */
    private Optional<Boolean> close(OpenPeriod candidate, Instant now) {
        Optional<OpenPeriod> locked = store.lockDue(candidate.subscriberId(), candidate.topic(), now);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        OpenPeriod period = locked.get();
        boolean mailed = record(period, period.dueAt(), now);
        store.advance(period, period.dueAt(), period.schedule().nextEnd(period.frequency(), period.dueAt()));
        return Optional.of(mailed);
    }

    /**
     * Ends the subscription's open digest period now, with a digest of the stories so far, in the caller's
     * transaction: for a reader who goes back to a mail per story, so that none of the period's stories is lost.
     * The caller then takes the subscription off digests.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void closeEarly(UUID subscriberId, String topic) {
        Instant now = clock.instant();
        store.lockOpen(subscriberId, topic).filter(period -> now.isAfter(period.since()))
                .ifPresent(period -> record(period, now, now));
    }

    /** Records the period up to {@code end} and queues its mail if it has stories. @return whether it did */
    private boolean record(OpenPeriod period, Instant end, Instant now) {
        int stories = store.countStories(period.subscriberId(), period.topic(), period.since(), end);
        Optional<UUID> digest = store.record(period, end, stories, now);
        if (digest.isEmpty() || stories == 0) {
            return false;
        }
        store.attachMail(digest.get(), mails.digest(period.subscriberId()));
        LOG.debug("Queued a {} digest of {} for subscriber {} ({} stories)", period.frequency(), period.topic(),
                period.subscriberId(), stories);
        return true;
    }
}
