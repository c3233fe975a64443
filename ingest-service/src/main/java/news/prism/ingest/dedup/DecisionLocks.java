package news.prism.ingest.dedup;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.prism.data.KeyLocks;
import news.prism.data.Sql;

/**
 * Lets the intakes whose decisions may depend on each other, and only those, go one after the other from their
 * look-ups to their commit, across threads and instances. An earlier source can change a later one's decision only
 * by holding its canonical URL or its text (the exact layers) or by sharing one of its LSH bands (what makes it a
 * near-duplicate candidate); so each intake locks those values of its batch, and two unrelated intakes do not wait
 * for each other. Unique constraints alone would not do: they know nothing of near duplicates, nor of a value that a
 * batch stored in one version and replaced by the next.
 *
 * <p>Taken after the guid locks ({@link SourceGuids#lockAll}), the wide lock and then the keys in ascending order,
 * each set in one statement, and held until the transaction ends: every intake takes its locks in that one order, so
 * none waits for another that waits for it ({@link KeyLocks}). A batch with more keys than {@code max-keys} takes the
 * wide lock exclusively and no keys: it waits for every intake deciding now, and they for it.
 */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class DecisionLocks {

    /** First keys of these advisory locks, so that they never meet another subsystem's. */
    private static final int WIDE_SPACE = 0x50524457;
    private static final int KEY_SPACE = 0x5052444b;
    /** Tells a canonical URL's key from a content hash's of the same characters. */
    private static final char URL_KIND = 'u';
    private static final char TEXT_KIND = 't';

    private final NearDuplicateSettings nearDuplicates;
    private final KeyLocks locks;

    public DecisionLocks(Sql sql, NearDuplicateSettings nearDuplicates, DecisionLockSettings settings) {
        this.nearDuplicates = nearDuplicates;
        this.locks = new KeyLocks(sql, WIDE_SPACE, KEY_SPACE, settings.maxKeys());
    }

    /** Waits for the intakes deciding on any of these values to commit; held until this transaction ends. */
    public void lockAll(Collection<Fingerprint> fingerprints, List<Signature> signatures) {
        Set<Integer> keys = new HashSet<>();
        for (Fingerprint fingerprint : fingerprints) {
            keys.add(Hashing.lockKey(Hashing.ofText(URL_KIND, fingerprint.canonicalUrl())));
            keys.add(Hashing.lockKey(Hashing.ofText(TEXT_KIND, fingerprint.contentHash())));
        }
        for (Signature signature : signatures) {
            for (long band : nearDuplicates.bandHashesOf(signature)) {
                keys.add(Hashing.lockKey(band));
            }
        }
        locks.lockAll(keys);
    }
}
