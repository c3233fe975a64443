package news.prism.data;

import java.util.Collection;

/**
 * Advisory transaction locks on a set of keys, so that a transaction waits only for those that share one of its
 * keys. The keys are taken in one statement in ascending order, after a wide lock taken shared, and held until the
 * transaction ends: every transaction locks in that one order, so none waits for another that waits for it.
 *
 * <p>Each key lock fills an entry of PostgreSQL's shared lock table, which the whole server shares (about 6,400
 * entries with default settings); a set of more than {@code maxKeys} keys takes the wide lock exclusively and no
 * keys instead: it waits for every transaction holding keys now, and they for it.
 */
public final class KeyLocks {

    private static final int WIDE_KEY = 0;
    private static final String WIDE_SHARED = "SELECT pg_advisory_xact_lock_shared(?, ?)";
    private static final String WIDE_EXCLUSIVE = "SELECT pg_advisory_xact_lock(?, ?)";
    private static final String LOCK_KEYS = """
            SELECT count(pg_advisory_xact_lock(?, locked.key))
            FROM (SELECT DISTINCT key FROM unnest(?::int[]) AS key ORDER BY key) AS locked""";

    private final Sql sql;
    private final int wideSpace;
    private final int keySpace;
    private final int maxKeys;

    /**
     * @param wideSpace the first key of the wide lock, and {@code keySpace} that of the key locks: values of their
     *        own, so that they never meet another subsystem's advisory locks
     */
    public KeyLocks(Sql sql, int wideSpace, int keySpace, int maxKeys) {
        this.sql = sql;
        this.wideSpace = wideSpace;
        this.keySpace = keySpace;
        this.maxKeys = maxKeys;
    }

    /** Waits for the transactions holding any of these keys (or the wide lock) to end; holds them until this one ends. */
    public void lockAll(Collection<Integer> keys) {
        if (keys.stream().distinct().count() > maxKeys) {
            sql.execute(WIDE_EXCLUSIVE, wideSpace, WIDE_KEY);
            return;
        }
        sql.execute(WIDE_SHARED, wideSpace, WIDE_KEY);
        if (!keys.isEmpty()) {
            sql.execute(LOCK_KEYS, keySpace, Sql.ints(keys));
        }
    }
}
