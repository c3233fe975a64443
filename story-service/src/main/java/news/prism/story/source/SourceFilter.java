package news.prism.story.source;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import news.prism.errors.Invalid;

/**
 * Which sources a search finds; a null filter lets every source through. {@code text} is searched in the title and
 * excerpt in PostgreSQL's web search syntax ({@code "exact phrase"}, {@code or}, {@code -word}); {@code from} and
 * {@code to} bound the source's time (published, else ingested: from inclusive, to exclusive); {@code candidate} is
 * a story candidate's id; {@code assigned} whether a story cites the source.
 */
public record SourceFilter(
        @Nullable String text,
        @Nullable String outlet,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable UUID candidate,
        @Nullable Boolean assigned) {

    public static final SourceFilter ALL = new SourceFilter(null, null, null, null, null, null);

    /** The filter of the search's query parameters; a 400 naming each parameter that cannot be one. */
    public static SourceFilter parse(@Nullable String text, @Nullable String outlet, @Nullable String from,
                                     @Nullable String to, @Nullable String candidate, @Nullable String assigned) {
        return new SourceFilter(blankToNull(text), blankToNull(outlet), instant("from", from), instant("to", to),
                candidate(candidate), assigned(assigned));
    }

    private static Instant instant(String parameter, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(parameter, "must be an ISO-8601 instant like 2026-06-10T08:00:00Z");
        }
    }

    private static UUID candidate(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new Invalid("candidate", "must be a candidate's id (a UUID)");
        }
    }

    private static Boolean assigned(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new Invalid("assigned", "must be true or false");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
