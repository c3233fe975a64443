package news.prism.ingest.source;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import news.prism.ingest.IngestTopics;
import news.prism.ingest.dedup.DecisionLocks;
import news.prism.ingest.dedup.MinHasher;
import news.prism.ingest.dedup.SourceGuids;

/**
 * The one way in for a source, whatever path it arrives by: check and clean it, recognise it layer by layer (see
 * {@link IntakeRules}), and store a new source or a new version together with its SourceIngested event in one
 * transaction. Called inside a transaction (the inbound topic's), it joins it. A batch is decided exactly as if its
 * sources had come one after the other, but with one look-up per layer and one write per table for all of them.
 * Outcomes are counted once the transaction commits.
 */
@Singleton
public class SourceIntake {

    private final SourceNormalizer normalizer;
    private final MinHasher minHasher;
    private final SourceGuids guids;
    private final DecisionLocks decisionLocks;
    private final SourceLookups lookups;
    private final IntakeStore store;
    private final Savepoints savepoints;
    private final SourceEvents events;
    private final IntakeMetrics metrics;
    private final IngestTopics topics;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    SourceIntake(SourceNormalizer normalizer, MinHasher minHasher, SourceGuids guids, DecisionLocks decisionLocks,
                 SourceLookups lookups, IntakeStore store, Savepoints savepoints, SourceEvents events,
                 IntakeMetrics metrics, IngestTopics topics, TransactionOperations<Connection> transactions, Clock clock) {
        this.normalizer = normalizer;
        this.minHasher = minHasher;
        this.guids = guids;
        this.decisionLocks = decisionLocks;
        this.lookups = lookups;
        this.store = store;
        this.savepoints = savepoints;
        this.events = events;
        this.metrics = metrics;
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
        return takeAll(List.of(new Offer(normalization, origin))).getFirst();
    }

    /**
     * Takes in a batch in one transaction (the caller's, if it has one), each offer decided as if the earlier ones
     * had been taken in before it: a later one can be a duplicate, a near duplicate or a new version of an earlier one.
     *
     * @return the outcome of each offer, in their order
     */
    public List<IntakeResult> takeAll(List<Offer> offers) {
        List<IntakeResult> results = new ArrayList<>(Collections.nCopies(offers.size(), null));
        List<SignedSource> valid = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            Offer offer = offers.get(i);
            switch (offer.normalization()) {
                case Normalization.Invalid invalid -> results.set(i, new IntakeResult.Rejected(invalid.errors()));
                case Normalization.Valid clean -> {
                    // Hashing a long text takes a while: done before the transaction starts.
                    valid.add(new SignedSource(clean.source(), minHasher.sign(clean.source().content().body()),
                            offer.origin()));
                    positions.add(i);
                }
            }
        }
        return transactions.executeWrite(status -> {
            if (!valid.isEmpty()) {
                List<IntakeResult> stored = store(valid);
                for (int i = 0; i < stored.size(); i++) {
                    results.set(positions.get(i), stored.get(i));
                }
            }
            status.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    for (int i = 0; i < offers.size(); i++) {
                        metrics.count(offers.get(i).origin().channel(), results.get(i));
                    }
                }
            });
            return List.copyOf(results);
        });
    }

    /**
     * Decides the batch and stores the decisions, from look-up to commit after any intake that shares a guid, a
     * canonical URL, a text or a near-duplicate band with it (see {@link DecisionLocks}). Should a unique constraint
     * refuse the writes all the same (a row written by anything but an intake), they are undone and the batch
     * decided again, which now recognises that article, so there are at most as many rounds as sources.
     */
    private List<IntakeResult> store(List<SignedSource> batch) {
        guids.lockAll(batch.stream().map(SignedSource::guid).filter(Objects::nonNull).toList());
        decisionLocks.lockAll(batch.stream().map(SignedSource::fingerprint).toList(),
                batch.stream().map(SignedSource::signature).toList());
        for (int round = 0; ; round++) {
            IntakeRules rules = new IntakeRules(lookups.lookUp(batch), events, topics, clock);
            List<IntakeResult> results = new ArrayList<>(batch.size());
            for (int text = 0; text < batch.size(); text++) {
                results.add(rules.decide(text, batch.get(text)));
            }
            if (savepoints.unlessTaken(() -> store.write(rules.writes()))) {
                return results;
            }
            if (round == batch.size()) {
                throw new IllegalStateException("The intake of " + batch.size() + " sources kept being refused");
            }
        }
    }
}
