package news.prism.story.story;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import news.prism.errors.Invalid;
import news.prism.http.user.UserNames;

/**
 * Which stories a list shows; a null filter lets every story through. {@code topic} is a topic's slug,
 * {@code author} a user's name (compared as stored, see {@link UserNames}), {@code text} words of the headline, dek
 * or byline in PostgreSQL's web search syntax ({@code "exact phrase"}, {@code or}, {@code -word}).
 */
public record StoryFilter(
        @Nullable StoryStatus status,
        @Nullable String topic,
        @Nullable String author,
        @Nullable String text) {

    public static final StoryFilter ALL = new StoryFilter(null, null, null, null);

    /** The filter of the list's query parameters, as given; a 400 naming the parameter that cannot be one. */
    public static StoryFilter parse(@Nullable String status, @Nullable String topic, @Nullable String author,
                                    @Nullable String text) {
        return new StoryFilter(status(status), blankToNull(topic), author(author), blankToNull(text));
    }

    private static StoryStatus status(String status) {
        if (blankToNull(status) == null) {
            return null;
        }
        try {
            return StoryStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("status", "must be one of DRAFT, IN_REVIEW, SCHEDULED, APPROVED, RETRACTED");
        }
    }

    private static String author(String author) {
        if (blankToNull(author) == null) {
            return null;
        }
        try {
            return UserNames.normalise(author);
        } catch (IllegalArgumentException e) {
            throw new Invalid("author", "is no user's name: " + e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
