package news.prism.ingest.source;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import news.prism.eventing.outbox.Outbox;
import news.prism.ingest.IngestTopics;
import news.prism.ingest.dedup.DuplicateMatch;
import news.prism.ingest.dedup.Duplicates;
import news.prism.ingest.dedup.Fingerprint;
import news.prism.ingest.dedup.MatchedBy;
import news.prism.ingest.dedup.MinHasher;
import news.prism.ingest.dedup.NearDuplicates;
import news.prism.ingest.dedup.NearDuplicates.NearDuplicateMatch;
import news.prism.ingest.dedup.Signature;
import news.prism.ingest.dedup.SourceGuids;
import news.prism.ingest.dedup.SourceGuids.KnownGuid;

/**
 * The one way in for a source, whatever path it arrives by: check and clean it, recognise it layer by layer (its
 * guid, its canonical URL, its text, and a near-duplicate text, which is stored but linked), and store a new source
 * or a new version together with its SourceIngested event in one transaction. Called inside a transaction (the
 * inbound topic's), it joins it. Outcomes are counted once the transaction commits.
 */
@Singleton
public class SourceIntake {

    private final SourceNormalizer normalizer;
    private final Duplicates duplicates;
    private final SourceGuids guids;
    private final MinHasher minHasher;
    private final NearDuplicates nearDuplicates;
    private final IntakeMetrics metrics;
    private final SourceRepository sources;
    private final SourceVersions versions;
    private final Savepoints savepoints;
    private final SourceEvents events;
    private final Outbox outbox;
    private final IngestTopics topics;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    public SourceIntake(SourceNormalizer normalizer, Duplicates duplicates, SourceGuids guids, MinHasher minHasher,
                        NearDuplicates nearDuplicates, IntakeMetrics metrics, SourceRepository sources,
                        SourceVersions versions, Savepoints savepoints, SourceEvents events, Outbox outbox,
                        IngestTopics topics, TransactionOperations<Connection> transactions, Clock clock) {
        this.normalizer = normalizer;
        this.duplicates = duplicates;
        this.guids = guids;
        this.minHasher = minHasher;
        this.nearDuplicates = nearDuplicates;
        this.metrics = metrics;
        this.sources = sources;
        this.versions = versions;
        this.savepoints = savepoints;
        this.events = events;
        this.outbox = outbox;
        this.topics = topics;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param path where the submission sits in the client's request, to name refused fields */
    public IntakeResult take(SourceSubmission submission, Origin origin, FieldPath path) {
        return take(normalizer.normalize(submission, path), origin);
    }

    /** For a path that checked more than the normalizer does and merged its findings into {@code normalization}. */
    public IntakeResult take(Normalization normalization, Origin origin) {
        return switch (normalization) {
            case Normalization.Invalid invalid -> {
                IntakeResult rejected = new IntakeResult.Rejected(invalid.errors());
                metrics.count(origin.channel(), rejected);
                yield rejected;
            }
            case Normalization.Valid valid -> {
                // Hashing a long text takes a while: done before the transaction starts.
                Signature signature = minHasher.sign(valid.source().body());
                yield transactions.executeWrite(status -> {
                    IntakeResult result = store(valid.source(), signature, origin);
                    status.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            metrics.count(origin.channel(), result);
                        }
                    });
                    return result;
                });
            }
        };
    }

    private IntakeResult store(NormalizedSource normalized, Signature signature, Origin origin) {
        // Events carry milliseconds; the stored row and the answer say the same.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SourceGuid guid = normalized.guid();
        if (guid != null) {
            guids.lock(guid.value());
            Optional<KnownGuid> known = guids.find(guid.value());
            if (known.isPresent()) {
                return update(known.get(), normalized, signature, origin, now);
            }
        }
        Fingerprint fingerprint = normalized.fingerprint(null);
        Optional<DuplicateMatch> known = duplicates.findOriginal(fingerprint);
        if (known.isPresent()) {
            if (guid != null && known.get().matchedBy() == MatchedBy.CANONICAL_URL) {
                // The same address is the same article: its publisher's later versions are this source's.
                guids.record(guid.value(), known.get().originalId(), guid.versionCreated());
            }
            return duplicate(known.get());
        }
        NearDuplicateMatch nearDuplicate = nearDuplicates.mostSimilar(signature).orElse(null);
        Source source = normalized.toSource(UUID.randomUUID(), origin, now, nearDuplicate);
        if (!sources.insertIfNew(source)) {
            // A concurrent intake of the same article committed after our look-up: the unique constraints kept it
            // single.
            return duplicate(foundAgain(fingerprint, source.id()));
        }
        versions.record(source, origin);
        nearDuplicates.remember(source.id(), signature);
        if (guid != null) {
            guids.record(guid.value(), source.id(), guid.versionCreated());
        }
        outbox.add(topics.sources(), source.id().toString(), events.ingested(source));
        return new IntakeResult.Ingested(source);
    }

    /**
     * The guid is known: a version newer than the newest taken in, saying something new, becomes the source's
     * current version, unless its address or text is that of another source; anything else is a duplicate.
     */
    private IntakeResult update(KnownGuid known, NormalizedSource edit, Signature signature, Origin origin,
                                Instant now) {
        Source current = sources.findById(known.sourceId()).orElseThrow(() -> new IllegalStateException(
                "Guid names source " + known.sourceId() + ", which is not stored"));
        if (!edit.guid().isNewerThan(known.versionCreated()) || current.hasSameContentAs(edit)) {
            return new IntakeResult.Duplicate(current, MatchedBy.GUID);
        }
        Fingerprint fingerprint = edit.fingerprint(current.id());
        Optional<DuplicateMatch> other = duplicates.findOriginal(fingerprint);
        if (other.isPresent()) {
            return duplicate(other.get());
        }
        Source next = current.nextVersion(edit, now);
        if (!savepoints.unlessTaken(() -> sources.updateToVersion(next))) {
            return duplicate(foundAgain(fingerprint, current.id()));
        }
        versions.record(next, origin);
        nearDuplicates.remember(next.id(), signature);
        guids.record(edit.guid().value(), current.id(), edit.guid().versionCreated());
        outbox.add(topics.sources(), next.id().toString(), events.ingested(next));
        return new IntakeResult.Updated(next);
    }

    private DuplicateMatch foundAgain(Fingerprint fingerprint, UUID refused) {
        return duplicates.findOriginal(fingerprint).orElseThrow(() -> new IllegalStateException(
                "Source " + refused + " conflicted with a row that no duplicate layer finds"));
    }

    private IntakeResult duplicate(DuplicateMatch match) {
        Source original = sources.findById(match.originalId()).orElseThrow(() -> new IllegalStateException(
                "Duplicate layer named source " + match.originalId() + ", which is not stored"));
        return new IntakeResult.Duplicate(original, match.matchedBy());
    }
}
