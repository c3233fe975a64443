package news.prism.ingest.intake;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import news.prism.ingest.dedup.DecisionLocks;
import news.prism.ingest.dedup.SourceGuids;

/**
 * The intake protocol, in the caller's transaction, for a batch of clean, signed sources. Its steps, in this order:
 * <ol>
 * <li>lock the batch's guids ({@link SourceGuids#lockAll}), so that versions of one article go one after the
 * other;</li>
 * <li>take the decision locks ({@link DecisionLocks}) on the batch's canonical URLs, texts and near-duplicate bands,
 * held from look-up to commit, so that intakes that could change each other's decisions go one after the other;</li>
 * <li>look every layer up once for the whole batch ({@link SourceLookups});</li>
 * <li>decide each source in batch order, as if the earlier ones had been stored ({@link IntakeRules});</li>
 * <li>write the decisions under a savepoint ({@link Savepoints}, {@link IntakeStore});</li>
 * <li>should a unique constraint refuse the writes all the same (a row written by anything but an intake), they are
 * undone and the batch looked up and decided again, which now recognises that article: at most as many rounds as
 * sources.</li>
 * </ol>
 * Every intake takes its locks in that one order, so none waits for another that waits for it.
 */
@Singleton
class IntakePipeline {

    private final SourceGuids guids;
    private final DecisionLocks decisionLocks;
    private final SourceLookups lookups;
    private final IntakeStore store;
    private final Savepoints savepoints;
    private final SourceEvents events;
    private final Clock clock;

    IntakePipeline(SourceGuids guids, DecisionLocks decisionLocks, SourceLookups lookups, IntakeStore store,
                   Savepoints savepoints, SourceEvents events, Clock clock) {
        this.guids = guids;
        this.decisionLocks = decisionLocks;
        this.lookups = lookups;
        this.store = store;
        this.savepoints = savepoints;
        this.events = events;
        this.clock = clock;
    }

    /** @return the outcome of each source, in their order */
    List<IntakeResult> run(List<SignedSource> batch) {
        guids.lockAll(batch.stream().map(SignedSource::guid).filter(Objects::nonNull).toList());
        decisionLocks.lockAll(batch.stream().map(SignedSource::fingerprint).toList(),
                batch.stream().map(SignedSource::signature).toList());
        for (int round = 0; ; round++) {
            IntakeRules rules = new IntakeRules(lookups.lookUp(batch), events, clock);
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
