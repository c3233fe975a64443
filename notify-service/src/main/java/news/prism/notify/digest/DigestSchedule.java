package news.prism.notify.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import news.prism.notify.subscription.Frequency;

/**
 * When a subscriber's digest periods end: every day at {@code time}, or every week on {@code weekday} at
 * {@code time}, on the clock of the subscriber's time zone. A time that a daylight-saving change skips is moved on
 * by the length of the gap (02:30 becomes 03:30).
 */
public record DigestSchedule(ZoneId zone, LocalTime time, DayOfWeek weekday) {

    /** From the subscriber's columns {@code time_zone, digest_time, digest_weekday}. */
    public static DigestSchedule of(ResultSet row) throws SQLException {
        return new DigestSchedule(ZoneId.of(row.getString("time_zone")),
                row.getObject("digest_time", LocalTime.class), DayOfWeek.of(row.getInt("digest_weekday")));
    }

    /** The first end of a period strictly after {@code after}. */
    public Instant nextEnd(Frequency frequency, Instant after) {
        if (!frequency.isDigest()) {
            throw new IllegalArgumentException(frequency + " has no digest periods");
        }
        LocalDate day = after.atZone(zone).toLocalDate();
        if (frequency == Frequency.WEEKLY) {
            day = day.with(TemporalAdjusters.nextOrSame(weekday));
        }
        Instant end = ZonedDateTime.of(day, time, zone).toInstant();
        while (!end.isAfter(after)) {
            day = frequency == Frequency.WEEKLY ? day.plusWeeks(1) : day.plusDays(1);
            end = ZonedDateTime.of(day, time, zone).toInstant();
        }
        return end;
    }
}
