package news.prism.render.caching;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/** {@code prism.render.cache.*}: how long browsers and shared caches may keep what readers get before asking again. */
@ConfigurationProperties("prism.render.cache")
public record CacheSettings(@NotNull Duration maxAge) {

    public String cacheControl() {
        return "public, max-age=" + maxAge.toSeconds();
    }
}
