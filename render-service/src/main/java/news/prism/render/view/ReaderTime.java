package news.prism.render.view;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Times as readers see them (in the configured zone, with the zone's name) and as machines read them (UTC, ISO). */
public final class ReaderTime {

    private final DateTimeFormatter display;

    public ReaderTime(ZoneId zone) {
        this.display = DateTimeFormatter.ofPattern("MMMM d, uuuu, HH:mm zzz", Locale.ENGLISH).withZone(zone);
    }

    public PublishedTime of(Instant at) {
        return new PublishedTime(iso(at), display.format(at));
    }

    /** RFC 3339 / ISO 8601 in UTC, to the second: what {@code datetime} attributes, feeds and sitemaps want. */
    public static String iso(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code iso} for the {@code datetime} attribute, {@code display} for readers, with the time zone. */
    public record PublishedTime(String iso, String display) {
    }
}
