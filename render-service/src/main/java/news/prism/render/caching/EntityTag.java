package news.prism.render.caching;

import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A strong entity tag (RFC 9110, section 8.8.3) made of the SHA-256 of a representation. */
public record EntityTag(String opaque) {

    public static EntityTag of(String representation) {
        return new EntityTag(sha256Hex(representation));
    }

    /** The hex SHA-256 of the text's UTF-8 bytes; the pages table stores the same for each page. */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The header value: the opaque tag in double quotes. */
    public String header() {
        return '"' + opaque + '"';
    }

    /**
     * Whether an If-None-Match field names this tag. That field is compared weakly (RFC 9110, section 13.1.2), so
     * {@code W/"x"} matches {@code "x"}, and {@code *} matches any current representation.
     */
    public boolean isNamedIn(List<String> ifNoneMatch) {
        for (String field : ifNoneMatch) {
            if (isNamedIn(field)) {
                return true;
            }
        }
        return false;
    }

    private boolean isNamedIn(@Nullable String field) {
        if (field == null) {
            return false;
        }
        int i = 0;
        while (i < field.length()) {
            char c = field.charAt(i);
            if (c == ',' || Character.isWhitespace(c)) {
                i++;
            } else if (c == '*') {
                return true;
            } else {
                if (field.startsWith("W/", i)) {
                    i += 2;
                }
                if (i < field.length() && field.charAt(i) == '"') {
                    int end = field.indexOf('"', i + 1);
                    if (end < 0) {
                        return false;
                    }
                    if (field.substring(i + 1, end).equals(opaque)) {
                        return true;
                    }
                    i = end + 1;
                } else {
                    // Not an entity tag: skip to the next list member.
                    int comma = field.indexOf(',', i);
                    i = comma < 0 ? field.length() : comma + 1;
                }
            }
        }
        return false;
    }
}
