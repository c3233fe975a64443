package news.prism.http.input;

import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.prism.errors.FieldError;

/**
 * Reads an {@code application/x-www-form-urlencoded} body strictly before the binder does: every {@code %} must
 * start two hex digits, the decoded bytes of each name and value must be UTF-8, each value must pass
 * {@link TextRules} and fit {@link InputSettings#maxTextLength()}, and only a list field may be given twice. The
 * binder's own decoder fails on a bad escape with a server error and repairs bad UTF-8 silently.
 */
@Singleton
public class FormBodyCheck {

    private final InputSettings settings;

    public FormBodyCheck(InputSettings settings) {
        this.settings = settings;
    }

    /** @return every problem of the body, none if it may be bound to {@code type} */
    public List<FieldError> check(byte[] body, Argument<?> type) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String form = new String(body, StandardCharsets.ISO_8859_1);
        if (form.isEmpty()) {
            return errors;
        }
        for (String pair : form.split("&", -1)) {
            int equals = pair.indexOf('=');
            Optional<String> name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (name.isEmpty() || TextRules.problem(name.get()).isPresent()) {
                errors.add(new FieldError(JsonPath.ROOT.toString(),
                        "has a field name that is not valid percent-encoded UTF-8 text"));
                continue;
            }
            Optional<String> value = decode(equals < 0 ? "" : pair.substring(equals + 1));
            if (value.isEmpty()) {
                errors.add(new FieldError(name.get(), "is not valid percent-encoded UTF-8"));
                continue;
            }
            Optional<String> problem = TextRules.problem(value.get());
            if (!seen.add(name.get()) && !takesSeveral(type, name.get())) {
                errors.add(new FieldError(name.get(), "is given more than once"));
            } else if (problem.isPresent()) {
                errors.add(new FieldError(name.get(), problem.get()));
            } else if (value.get().length() > settings.maxTextLength()) {
                errors.add(new FieldError(name.get(),
                        "must be at most " + settings.maxTextLength() + " characters long"));
            }
        }
        return errors;
    }

    /** Whether the field may repeat, as {@code topic=a&topic=b} does for a list. */
    private static boolean takesSeveral(Argument<?> type, String field) {
        return !(ValueKind.of(type) instanceof ValueKind.ObjectOf object)
                || !object.properties().containsKey(field)
                || ValueKind.of(object.properties().get(field)) instanceof ValueKind.ListOf;
    }

    /** {@code +} is a space, {@code %XX} a byte; empty if an escape is broken or the bytes are not UTF-8. */
    private static Optional<String> decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= encoded.length() || !HexFormat.isHexDigit(encoded.charAt(i + 1))
                        || !HexFormat.isHexDigit(encoded.charAt(i + 2))) {
                    return Optional.empty();
                }
                bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return StrictUtf8.decode(bytes.toByteArray());
    }
}
