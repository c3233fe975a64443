package news.prism.notify.mail;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sender's mails that SMTP accepted and that are not marked sent yet. They are marked together, in one
 * transaction, once {@code perCommit} of them are waiting or the sender {@link #flush() flushes} (at the end of a
 * batch, before it hands mails back or waits): one commit for many mails instead of one each. A mail accepted but
 * not yet marked when the process dies is sent again once its claim lapses, so at most {@code perCommit} mails per
 * sender can reach their reader twice. Not thread-safe: each sender has its own.
 */
final class SentMarks {

    private static final Logger LOG = LoggerFactory.getLogger(SentMarks.class);

    private final TransactionOperations<Connection> transactions;
    private final MailStore store;
    private final MailMetrics metrics;
    private final Map<MailKind, MailType> types;
    private final int perCommit;
    private final boolean durable;
    private final List<AcceptedMail> waiting = new ArrayList<>();

    SentMarks(TransactionOperations<Connection> transactions, MailStore store, MailMetrics metrics,
              Map<MailKind, MailType> types, int perCommit, boolean durable) {
        this.transactions = transactions;
        this.store = store;
        this.metrics = metrics;
        this.types = types;
        this.perCommit = perCommit;
        this.durable = durable;
    }

    void accepted(DueMail mail, PreparedMail prepared) {
        waiting.add(new AcceptedMail(mail, prepared));
        if (waiting.size() >= perCommit) {
            flush();
        }
    }

    /**
     * Marks every waiting mail sent whose claim still stands, and records each one's outcome with its type, in one
     * transaction. If that fails the mails stay queued under their claim and go out again when it lapses.
     */
    void flush() {
        if (waiting.isEmpty()) {
            return;
        }
        List<AcceptedMail> marking = List.copyOf(waiting);
        waiting.clear();
        counted(transactions.executeWrite(status -> mark(marking)));
    }

    /**
     * Marks the mails sent whose claim still stands and records them with their types, in the caller's transaction.
     *
     * @return the mails marked
     */
    List<AcceptedMail> mark(List<AcceptedMail> accepted) {
        if (accepted.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = store.sentAll(accepted.stream().map(AcceptedMail::mail).toList(), durable);
        Map<MailKind, List<AcceptedMail>> byKind = new EnumMap<>(MailKind.class);
        for (AcceptedMail mail : accepted) {
            if (ids.contains(mail.mail().id())) {
                byKind.computeIfAbsent(mail.mail().kind(), kind -> new ArrayList<>()).add(mail);
            } else {
                LOG.warn("{} mail {} was sent after its claim had lapsed", mail.mail().kind(), mail.mail().id());
            }
        }
        byKind.forEach((kind, mails) -> types.get(kind).sentAll(mails));
        return byKind.values().stream().flatMap(List::stream).toList();
    }

    /** Counts the marked mails in the metrics, once their marks committed. */
    void counted(List<AcceptedMail> marked) {
        for (AcceptedMail mail : marked) {
            metrics.sent(mail.mail().kind());
        }
    }
}
