package news.prism.ingest.source;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import news.prism.eventing.outbox.Outbox;
import news.prism.ingest.IngestTopics;
import news.prism.ingest.dedup.DuplicateMatch;
import news.prism.ingest.dedup.Duplicates;
import news.prism.ingest.dedup.Fingerprint;

/**
 * The one way in for a source, whatever path it arrives by: check and clean it, recognise duplicates, and store
 * a new source together with its SourceIngested event in one transaction.
 */
@Singleton
public class SourceIntake {

    private final SourceNormalizer normalizer;
    private final Duplicates duplicates;
    private final SourceRepository sources;
    private final SourceEvents events;
    private final Outbox outbox;
    private final IngestTopics topics;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    public SourceIntake(SourceNormalizer normalizer, Duplicates duplicates, SourceRepository sources,
                        SourceEvents events, Outbox outbox, IngestTopics topics,
                        TransactionOperations<Connection> transactions, Clock clock) {
        this.normalizer = normalizer;
        this.duplicates = duplicates;
        this.sources = sources;
        this.events = events;
        this.outbox = outbox;
        this.topics = topics;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param path where the submission sits in the client's request, to name refused fields */
    public IntakeResult take(SourceSubmission submission, Origin origin, FieldPath path) {
        return switch (normalizer.normalize(submission, path)) {
            case Normalization.Invalid invalid -> new IntakeResult.Rejected(invalid.errors());
            case Normalization.Valid valid -> transactions.executeWrite(status -> store(valid.source(), origin));
        };
    }

    private IntakeResult store(NormalizedSource normalized, Origin origin) {
        Fingerprint fingerprint = normalized.fingerprint();
        var known = duplicates.findOriginal(fingerprint);
        if (known.isPresent()) {
            return duplicate(known.get());
        }
        // Events carry milliseconds; the stored row and the answer say the same.
        Source source = normalized.toSource(UUID.randomUUID(), origin, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (!sources.insertIfNew(source)) {
            // A concurrent intake of the same article committed after our look-up: the unique constraints kept it single.
            return duplicate(duplicates.findOriginal(fingerprint).orElseThrow(() -> new IllegalStateException(
                    "Source " + source.id() + " conflicted with a row that no duplicate layer finds")));
        }
        outbox.add(topics.sources(), source.id().toString(), events.ingested(source));
        return new IntakeResult.Ingested(source);
    }

    private IntakeResult duplicate(DuplicateMatch match) {
        Source original = sources.findById(match.originalId()).orElseThrow(() -> new IllegalStateException(
                "Duplicate layer named source " + match.originalId() + ", which is not stored"));
        return new IntakeResult.Duplicate(original, match.matchedBy());
    }
}
