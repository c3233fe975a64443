package news.prism.render.page;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener.TransactionPhase;
import jakarta.inject.Singleton;

/**
 * The instance that writes a page change evicts it itself, before its transaction commits and again once it has,
 * so that it never answers from memory what its own database no longer says. (Before the commit alone is not
 * enough: a request may load the old row until then. The pages topic tells it too, a little later.) Once committed,
 * the change is loaded ahead of its first reader.
 */
@Singleton
public class CommittedPageChanges {

    private final PageCache cache;
    private final PagePreloader preloader;

    public CommittedPageChanges(PageCache cache, PagePreloader preloader) {
        this.cache = cache;
        this.preloader = preloader;
    }

    @TransactionalEventListener(TransactionPhase.BEFORE_COMMIT)
    void beforeCommit(PageChanged change) {
        cache.evict(change);
    }

    @TransactionalEventListener(TransactionPhase.AFTER_COMMIT)
    void afterCommit(PageChanged change) {
        cache.evict(change);
        preloader.preload(change);
    }
}
