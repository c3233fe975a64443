package news.prism.story.paging;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import news.prism.errors.Invalid;

/** Reads a list's {@code limit} query parameter against {@link PagingSettings}. */
@Singleton
public class PageRequest {

    public static final String LIMIT = "limit";

    private final PagingSettings settings;

    public PageRequest(PagingSettings settings) {
        this.settings = settings;
    }

    /** The page size asked for, the default when none was; a 400 naming {@code limit} when out of range. */
    public int limit(@Nullable String limit) {
        if (limit == null || limit.isEmpty()) {
            return settings.defaultLimit();
        }
        int value;
        try {
            value = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw outOfRange();
        }
        if (value < 1 || value > settings.maxLimit()) {
            throw outOfRange();
        }
        return value;
    }

    private Invalid outOfRange() {
        return new Invalid(LIMIT, "must be a whole number from 1 to " + settings.maxLimit());
    }
}
