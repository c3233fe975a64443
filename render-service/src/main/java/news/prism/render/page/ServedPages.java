package news.prism.render.page;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What each address answers, from memory when it can, from the database (once, then kept) when it cannot. */
@Singleton
public class ServedPages {

    private final PageStore pages;
    private final RetractedNoticeRenderer notices;
    private final PageCache cache;

    public ServedPages(PageStore pages, RetractedNoticeRenderer notices, PageCache cache) {
        this.pages = pages;
        this.notices = notices;
        this.cache = cache;
    }

    /** Reads the database on a miss: call it where blocking is allowed. */
    public Optional<ServedPage> at(PageAddress address) {
        return cache.get(address, this::load);
    }

    /** The cached answer only; empty on a miss. */
    public Optional<ServedPage> cachedAt(PageAddress address) {
        return cache.peek(address);
    }

    private Optional<ServedPage> load(PageAddress requested) {
        return pages.latestAt(requested).map(page -> {
            if (page.retraction() != null) {
                byte[] notice = notices.render(page, page.retraction()).getBytes(StandardCharsets.UTF_8);
                return new ServedPage(ServedPage.Kind.RETRACTED, page.storyId(), page.address(), notice, null);
            }
            if (!page.address().equals(requested)) {
                return new ServedPage(ServedPage.Kind.MOVED, page.storyId(), page.address(), null, null);
            }
            return new ServedPage(ServedPage.Kind.CURRENT, page.storyId(), page.address(),
                    page.html().getBytes(StandardCharsets.UTF_8), page.etag());
        });
    }
}
