package news.prism.render.view;

import java.util.List;
import java.util.Map;

/**
 * JSON text that can sit inside an HTML {@code <script>} element: besides JSON's own escapes, {@code <}, {@code >}
 * and {@code &} are written as {@code \u003c}, {@code \u003e} and {@code \u0026}, so no string can close the element
 * ({@code </script>}) or open a comment, and U+2028/U+2029 are escaped for older JavaScript parsers.
 * Writes strings, numbers, booleans, null, lists and maps with string keys, in their iteration order.
 */
final class ScriptSafeJson {

    private ScriptSafeJson() {
    }

    static String write(Object value) {
        var json = new StringBuilder(1024);
        write(value, json);
        return json.toString();
    }

    private static void write(Object value, StringBuilder json) {
        switch (value) {
            case null -> json.append("null");
            case String text -> string(text, json);
            case Number number -> json.append(number);
            case Boolean bool -> json.append(bool);
            case Map<?, ?> map -> {
                json.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!first) {
                        json.append(',');
                    }
                    first = false;
                    string((String) entry.getKey(), json);
                    json.append(':');
                    write(entry.getValue(), json);
                }
                json.append('}');
            }
            case List<?> list -> {
                json.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        json.append(',');
                    }
                    write(list.get(i), json);
                }
                json.append(']');
            }
            default -> throw new IllegalArgumentException("No JSON for " + value.getClass().getName());
        }
    }

    private static void string(String text, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(c, json);
                default -> {
                    if (c < 0x20) {
                        unicodeEscape(c, json);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static void unicodeEscape(char c, StringBuilder json) {
        json.append("\\u");
        String hex = Integer.toHexString(c);
        json.append("0".repeat(4 - hex.length())).append(hex);
    }
}
