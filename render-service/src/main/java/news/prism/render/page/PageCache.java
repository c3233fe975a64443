package news.prism.render.page;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The answers of this instance's addresses, held in memory up to {@code prism.render.page-cache.max-bytes}. It is
 * used only while something tells it of every page change ({@link #startListening()}); otherwise every request reads
 * the database.
 *
 * <p>A load reads the database outside any lock on the change that may commit meanwhile, so each change bumps a
 * counter before it evicts, and a load that saw the counter move while it ran drops what it put: either the load
 * sees the bump, or the eviction sees the load's entry.
 */
@Singleton
public class PageCache {

    /** Roughly what an entry costs beyond its body: key, record, tag and the cache's own node. */
    private static final int ENTRY_OVERHEAD_BYTES = 512;

    private final Cache<PageAddress, ServedPage> entries;
    private final AtomicLong changes = new AtomicLong();
    private volatile boolean listening;

    public PageCache(PageCacheSettings settings) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(settings.maxBytes())
                .<PageAddress, ServedPage>weigher((address, page) -> ENTRY_OVERHEAD_BYTES + page.size())
                .build();
    }

    /** The cached answer, or the loader's (one load for concurrent misses of one address); absent ones are not kept. */
    public Optional<ServedPage> get(PageAddress address, Function<PageAddress, Optional<ServedPage>> loader) {
        if (!listening) {
            return loader.apply(address);
        }
        Optional<ServedPage> cached = peek(address);
        if (cached.isPresent()) {
            return cached;
        }
        long seen = changes.get();
        ServedPage loaded = entries.get(address, key -> loader.apply(key).orElse(null));
        if (changes.get() != seen) {
            entries.invalidate(address);
        }
        return Optional.ofNullable(loaded);
    }

    /** The kept answer, without loading; empty while not listening. */
    public Optional<ServedPage> peek(PageAddress address) {
        return listening ? Optional.ofNullable(entries.getIfPresent(address)) : Optional.empty();
    }

    /**
     * Drops every answer the change can alter: the story's own, the changed address's, and each answer of a story
     * that moved away from the address it answers for (another story's change can win such an address).
     */
    public void evict(PageChanged change) {
        changes.incrementAndGet();
        entries.invalidate(change.address());
        entries.asMap().entrySet().removeIf(entry -> entry.getValue().storyId().equals(change.storyId())
                || !entry.getValue().newest().equals(entry.getKey()));
    }

    /** From now on every page change reaches {@link #evict}: answers may be kept. */
    public void startListening() {
        listening = true;
    }

    /** Changes may be missed from now on: forget everything and read the database until listening again. */
    public void stopListening() {
        listening = false;
        changes.incrementAndGet();
        entries.invalidateAll();
    }

    public boolean isListening() {
        return listening;
    }

    /** The bytes held now, as the bound counts them. */
    public long weightedSize() {
        entries.cleanUp();
        return entries.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
    }
}
