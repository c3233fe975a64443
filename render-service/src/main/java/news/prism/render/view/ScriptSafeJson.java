package news.prism.render.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.Locale;
import java.util.Set;

/**
 * JSON text that can sit inside an HTML {@code <script>} element, written by Jackson: besides JSON's own escapes,
 * {@code <}, {@code >} and {@code &} are written as {@code \u003c}, {@code \u003e} and {@code \u0026}, so no string
 * can close the element ({@code </script>}) or open a comment, and U+2028/U+2029 are escaped for older JavaScript
 * parsers. Maps are written in their iteration order.
 */
final class ScriptSafeJson {

    private static final ObjectWriter WRITER = new ObjectMapper().writer().with(new ScriptEscapes());

    private ScriptSafeJson() {
    }

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("No JSON for " + value, e);
        }
    }

    private static final class ScriptEscapes extends CharacterEscapes {

        private static final Set<Integer> ESCAPED = Set.of((int) '<', (int) '>', (int) '&', 0x2028, 0x2029);

        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptEscapes() {
            ESCAPED.stream().filter(c -> c < ascii.length).forEach(c -> ascii[c] = ESCAPE_CUSTOM);
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ESCAPED.contains(ch) ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch)) : null;
        }
    }
}
