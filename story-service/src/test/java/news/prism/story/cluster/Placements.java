package news.prism.story.cluster;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import news.prism.story.source.SourceCopies;
import news.prism.story.source.SourceCopy;

/**
 * Places sources as SourceIngestedHandler does (the local copies, then the candidates, in one transaction), on the
 * caller's thread; a transaction that PostgreSQL ends to break a deadlock is run again, as the event consumer
 * does with such a failure.
 */
@Singleton
public class Placements {

    private static final String DEADLOCK = "40P01";
    private static final int ATTEMPTS = 5;

    private final TransactionOperations<Connection> transactions;
    private final SourceCopies copies;
    private final CandidateClusters clusters;

    public Placements(TransactionOperations<Connection> transactions, SourceCopies copies,
                      CandidateClusters clusters) {
        this.transactions = transactions;
        this.copies = copies;
        this.clusters = clusters;
    }

    /** Stores and places the source, then runs {@code beforeCommit} in the same transaction. */
    public void place(SourceText source, Runnable beforeCommit) {
        inTransaction(placements -> {
            placements.storeAndPlace(source);
            beforeCommit.run();
        });
    }

    public void place(SourceText source) {
        place(source, () -> { });
    }

    /** Runs {@code work} in a transaction of its own, again should a deadlock end it. */
    public void inTransaction(Consumer<Placements> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWrite(status -> {
                    work.accept(this);
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !deadlock(e)) {
                    throw e;
                }
            }
        }
    }

    /** Within a transaction: the local copy of the source, then its place among the candidates. */
    public void storeAndPlace(SourceText source) {
        store(source);
        clusters.place(source);
    }

    /** Within a transaction: the local copies of the sources, then their places among the candidates, as one batch. */
    public void storeAndPlaceAll(List<Arrival> arrivals) {
        arrivals.forEach(arrival -> store(arrival.text()));
        clusters.placeAll(arrivals);
    }

    /** Within a transaction: the local copy of the source, with the given text as its title and excerpt. */
    public void store(SourceText source) {
        copies.upsert(new SourceCopy(source.sourceId(), "Outlet of " + source.sourceId(),
                "https://news.example/" + source.sourceId(), source.title(), source.time(), "en",
                source.time().plus(Duration.ofMinutes(10)), source.excerpt()));
    }

    private static boolean deadlock(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && DEADLOCK.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
