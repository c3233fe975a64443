package news.prism.ingest.intake;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import news.prism.ingest.dedup.MinHasher;
import news.prism.ingest.source.FieldPath;
import news.prism.ingest.source.Normalization;
import news.prism.ingest.source.Origin;
import news.prism.ingest.source.SourceNormalizer;
import news.prism.ingest.source.SourceSubmission;

/**
 * The one way in for a source, whatever path it arrives by: check and clean it, sign its text, then, in one
 * transaction (the caller's, if it has one: the inbound topic's), run the {@link IntakePipeline}, which recognises it
 * layer by layer and stores a new source or a new version together with its SourceIngested event. A batch is decided
 * exactly as if its sources had come one after the other, but with one look-up per layer and one write per table for
 * all of them. Outcomes are counted once the transaction commits.
 */
@Singleton
public class SourceIntake {

    private final SourceNormalizer normalizer;
    private final MinHasher minHasher;
    private final IntakePipeline pipeline;
    private final IntakeMetrics metrics;
    private final TransactionOperations<Connection> transactions;

    SourceIntake(SourceNormalizer normalizer, MinHasher minHasher, IntakePipeline pipeline, IntakeMetrics metrics,
                 TransactionOperations<Connection> transactions) {
        this.normalizer = normalizer;
        this.minHasher = minHasher;
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.transactions = transactions;
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
                List<IntakeResult> stored = pipeline.run(valid);
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
}
