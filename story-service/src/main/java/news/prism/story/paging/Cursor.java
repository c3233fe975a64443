package news.prism.story.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import news.prism.errors.Invalid;

/**
 * The opaque cursor of a list's next page: the sort key of the last item shown and its id, as base64url. A list
 * reads the rows after it (keyset pagination), so a row added or removed meanwhile makes no other row appear twice
 * or be skipped. PostgreSQL text holds no NUL character, so NUL separates the parts.
 */
public final class Cursor {

    public static final String PARAMETER = "cursor";
    private static final String SEPARATOR = "\u0000";

    private Cursor() {
    }

    public static String of(List<String> parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor this list gave out, {@code size} of them; a 400 naming {@code cursor} otherwise. */
    public static List<String> parts(String cursor, int size) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(text.split(SEPARATOR, -1));
            if (parts.size() == size) {
                return parts;
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below, as any other cursor this list did not give out
        }
        throw invalid();
    }

    public static Instant instant(String part) {
        try {
            return Instant.parse(part);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public static UUID uuid(String part) {
        try {
            return UUID.fromString(part);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public static float real(String part) {
        try {
            return Float.parseFloat(part);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** The answer to a cursor whose parts do not read as this list's sort key. */
    private static Invalid invalid() {
        return new Invalid(PARAMETER, "is not a cursor this list gave out; start again without it");
    }
}
