package news.prism.ingest.normalize;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Publication times as newsroom systems send them: ISO-8601 with an offset ({@code 2026-03-01T09:30:00+01:00}
 * or {@code ...Z}), kept as an instant in UTC to the millisecond, the precision of the events.
 */
@Singleton
public class PublishedTimes {

    /** Four-digit years only: anything else is a typo, and PostgreSQL could not store every year Java parses. */
    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    public Optional<Instant> parse(String text) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            if (time.getYear() < FIRST_YEAR || time.getYear() > LAST_YEAR) {
                return Optional.empty();
            }
            return Optional.of(time.toInstant().truncatedTo(ChronoUnit.MILLIS));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
