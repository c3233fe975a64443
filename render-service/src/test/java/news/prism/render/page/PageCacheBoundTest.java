package news.prism.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import news.prism.render.caching.EntityTag;
import org.junit.jupiter.api.Test;

class PageCacheBoundTest {

    private static final int PAGE_BYTES = 20_000;
    private static final long MAX_BYTES = 10L * PAGE_BYTES;

    private final PageCache cache =
            new PageCache(new PageCacheSettings(MAX_BYTES, Duration.ofMillis(100), Duration.ofMillis(100), true, 0));
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void keepsNoMoreBytesThanItsBound() {
        cache.startListening();
        for (int i = 0; i < 100; i++) {
            cache.get(new PageAddress("ai", "page-" + i), this::load);
        }
        assertThat(cache.weightedSize()).isPositive().isLessThanOrEqualTo(MAX_BYTES);
    }

    @Test
    void loadsAnAddressOnceUntilItsStoryChanges() {
        cache.startListening();
        PageAddress address = new PageAddress("ai", "kept");
        cache.get(address, this::load);
        cache.get(address, this::load);
        assertThat(loads).hasValue(1);

        cache.evict(new PageChanged("story-kept", address));
        cache.get(address, this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void readsTheDatabaseEveryTimeWhileNotListening() {
        PageAddress address = new PageAddress("ai", "unheard");
        cache.get(address, this::load);
        cache.get(address, this::load);
        assertThat(loads).hasValue(2);
        assertThat(cache.peek(address)).isEmpty();
    }

    private Optional<ServedPage> load(PageAddress address) {
        loads.incrementAndGet();
        String storyId = "story-" + address.slug();
        return Optional.of(new ServedPage(ServedPage.Kind.CURRENT, storyId, address, new byte[PAGE_BYTES],
                new EntityTag(storyId)));
    }
}
