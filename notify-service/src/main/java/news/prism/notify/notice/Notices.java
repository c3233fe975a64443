package news.prism.notify.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import news.prism.eventing.tracing.Traces;
import news.prism.notify.page.Page;

/**
 * What readers who were mailed a story are told later: that the editor corrected it (when the editor chose to tell
 * them), or that it was retracted. Only readers whose story mail was sent are told; one notice per reader, once.
 */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
public class Notices {

    private final NoticeStore store;

    Notices(NoticeStore store) {
        this.store = store;
    }

    /** A "Correction" mail with the editor's note, about the version that corrects the story. */
    public void correction(String storyId, int version, @Nullable String note) {
        store.queue(storyId, NoticeKind.CORRECTION, version, note, Traces.current().toString());
    }

    /** A retraction notice, about the page's version that was withdrawn. */
    public void retraction(Page page) {
        store.queue(page.storyId(), NoticeKind.RETRACTION, page.version(), null, Traces.current().toString());
    }
}
