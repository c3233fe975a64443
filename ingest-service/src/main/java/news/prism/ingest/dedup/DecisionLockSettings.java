package news.prism.ingest.dedup;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code prism.ingest.decision-locks.*}: at most {@code maxKeys} advisory locks on the canonical URLs, texts and
 * bands of one intake's batch; a batch with more takes the wide lock instead (see {@link DecisionLocks}). Each
 * advisory lock takes an entry of PostgreSQL's lock table, which all sessions of the server share:
 * {@code max_locks_per_transaction} (default 64) times the connections (default 100) allowed, give or take.
 */
@ConfigurationProperties("prism.ingest.decision-locks")
public record DecisionLockSettings(int maxKeys) {

    public DecisionLockSettings {
        if (maxKeys < 0) {
            throw new IllegalArgumentException("prism.ingest.decision-locks.max-keys must be >= 0");
        }
    }
}
