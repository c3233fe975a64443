package news.prism.notify.confirmation;

import java.time.Duration;

/** "7 days", "12 hours": how long a link works, as a reader reads it. */
final class ValidityText {

    private ValidityText() {
    }

    static String of(Duration duration) {
        if (duration.toDays() >= 1 && duration.toHoursPart() == 0) {
            return plural(duration.toDays(), "day");
        }
        if (duration.toHours() >= 1 && duration.toMinutesPart() == 0) {
            return plural(duration.toHours(), "hour");
        }
        return plural(Math.max(1, duration.toMinutes()), "minute");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
