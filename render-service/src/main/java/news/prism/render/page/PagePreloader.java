package news.prism.render.page;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a changed address into this instance's {@link PageCache} as soon as the change is known (committed here, or
 * read from the pages topic), so that the first reader of a new page or a correction is answered from memory too.
 *
 * <p>Loading ahead is only a head start, on one thread of its own: at most {@code preload-backlog} changes wait, and
 * the ones beyond are loaded by their first reader. A consumer replaying the stories topic from its start changes
 * far more pages than readers will ask for, and must not be held up by reading them all back.
 */
@Singleton
public class PagePreloader {

    private static final Logger LOG = LoggerFactory.getLogger(PagePreloader.class);

    private final ServedPages served;
    private final PageCache cache;
    private final ThreadPoolExecutor loader;

    public PagePreloader(ServedPages served, PageCache cache, PageCacheSettings settings) {
        this.served = served;
        this.cache = cache;
        this.loader = settings.preloadBacklog() == 0 ? null : new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.preloadBacklog()),
                Thread.ofPlatform().name("page-preload").daemon().factory(), new ThreadPoolExecutor.DiscardPolicy());
    }

    /** Loads the changed address in the background, unless preloading is off, the cache unused or the backlog full. */
    public void preload(PageChanged change) {
        if (loader != null && cache.isListening()) {
            loader.execute(() -> load(change.address()));
        }
    }

    private void load(PageAddress address) {
        try {
            served.at(address);
        } catch (RuntimeException e) {
            LOG.debug("Could not load {} ahead; its first reader loads it", address.path(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (loader != null) {
            loader.shutdownNow();
        }
    }
}
