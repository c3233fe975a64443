package news.prism.render.page;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;

/**
 * {@code prism.render.page-cache.*}: how many bytes of pages (and retraction notices) each instance keeps in memory,
 * how long its reader of the pages topic waits in one poll, and how long it waits before reading again after the
 * broker failed it (the cache is bypassed meanwhile), whether a plain GET of a held page is answered before routing
 * (see {@link HeldPageAnswers}), and how many changed pages may wait to be loaded ahead of their first reader (see
 * {@link PagePreloader}; 0 loads none ahead).
 */
@ConfigurationProperties("prism.render.page-cache")
public record PageCacheSettings(
        @Positive long maxBytes,
        @NotNull Duration pollTimeout,
        @NotNull Duration restartBackoff,
        boolean answerBeforeRouting,
        @PositiveOrZero int preloadBacklog) {
}
