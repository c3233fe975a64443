package news.prism.story.desk.review;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import news.prism.errors.Invalid;

/**
 * The desk's publication times: a browser's {@code datetime-local} field carries no zone, so the desk labels it UTC
 * and reads it as UTC, and shows scheduled times the same way.
 */
final class PublishTimes {

    static final String FIELD = "publishAt";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private PublishTimes() {
    }

    /** @return null when the field was left empty: publish now */
    static @Nullable Instant parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new Invalid(FIELD, "must be a date and time (UTC) like 2026-06-10T08:00");
        }
    }

    static String shown(Instant instant) {
        return SHOWN.format(instant.atOffset(ZoneOffset.UTC));
    }
}
