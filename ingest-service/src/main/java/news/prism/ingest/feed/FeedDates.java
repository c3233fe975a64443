package news.prism.ingest.feed;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dates feeds carry: RFC 822 in RSS ({@code Tue, 10 Jun 2003 04:00:00 GMT}, also with zone names such as EST
 * or without the weekday) and RFC 3339 in Atom. A date that cannot be read counts as absent: it should not cost
 * the item.
 */
final class FeedDates {

    private static final List<DateTimeFormatter> RFC_822 = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] z", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] z", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] Z", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] Z", Locale.ENGLISH));

    private FeedDates() {
    }

    static Optional<Instant> rfc822(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String date = text.strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter format : RFC_822) {
            try {
                return Optional.of(ZonedDateTime.parse(date, format).toInstant().truncatedTo(ChronoUnit.MILLIS));
            } catch (DateTimeParseException notThisOne) {
                // try the next spelling
            }
        }
        return Optional.empty();
    }

    static Optional<Instant> rfc3339(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant().truncatedTo(ChronoUnit.MILLIS));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
