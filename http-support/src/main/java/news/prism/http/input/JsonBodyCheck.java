package news.prism.http.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import news.prism.errors.FieldError;

/**
 * Reads a JSON body strictly against the type it will be bound to, before the binder sees it, and names every
 * value the binder would otherwise coerce, repair or fail on: text where a number belongs, a list where text
 * belongs, a fraction for a whole number, a key given twice, text no field may hold, content after the document,
 * nesting deeper or text and lists longer than {@link InputSettings} allow. Jackson's streaming parser does the
 * reading; its data binding is not on the classpath, and Micronaut's binder coerces scalars without a way to stop
 * it, hence this walk.
 */
@Singleton
public class JsonBodyCheck {

    private final InputSettings settings;
    private final JsonFactory factory;

    public JsonBodyCheck(InputSettings settings) {
        this.settings = settings;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(settings.maxDepth()).build())
                .build();
    }

    /** @return every problem of the body, none if it may be bound to {@code type} */
    public List<FieldError> check(String body, Argument<?> type) {
        List<FieldError> errors = new ArrayList<>();
        try (JsonParser parser = factory.createParser(body)) {
            if (parser.nextToken() == null) {
                return errors;
            }
            value(parser, ValueKind.of(type), JsonPath.ROOT, errors);
            if (parser.nextToken() != null) {
                errors.add(root("must hold one JSON document and nothing after it (more at " + at(parser) + ")"));
            }
        } catch (StreamConstraintsException e) {
            errors.add(root("nests deeper than " + settings.maxDepth() + " levels"));
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the request; only where it broke is told.
            errors.add(root("is not valid JSON (at " + at(e.getLocation()) + ")"));
        } catch (IOException e) {
            errors.add(root("could not be read"));
        }
        return errors;
    }

    private void value(JsonParser parser, ValueKind kind, JsonPath path, List<FieldError> errors) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            if (isPrimitive(kind)) {
                errors.add(error(path, "must not be null"));
            }
            return;
        }
        switch (kind) {
            case ValueKind.Anything ignored -> anything(parser, path, errors);
            case ValueKind.Text text -> text(parser, text.type(), path, errors);
            case ValueKind.Bool ignored -> expect(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE,
                    parser, path, "must be true or false", errors);
            case ValueKind.WholeNumber whole -> wholeNumber(parser, whole, path, errors);
            case ValueKind.Decimal ignored -> expect(token == JsonToken.VALUE_NUMBER_INT
                    || token == JsonToken.VALUE_NUMBER_FLOAT, parser, path, "must be a number", errors);
            case ValueKind.ListOf list -> {
                if (expect(token == JsonToken.START_ARRAY, parser, path, "must be a list", errors)) {
                    elements(parser, ValueKind.of(list.element()), path, errors);
                }
            }
            case ValueKind.MapOf map -> {
                if (expect(token == JsonToken.START_OBJECT, parser, path, "must be an object", errors)) {
                    ValueKind values = ValueKind.of(map.value());
                    members(parser, path, errors, name -> values);
                }
            }
            case ValueKind.ObjectOf object -> {
                if (expect(token == JsonToken.START_OBJECT, parser, path, "must be an object", errors)) {
                    members(parser, path, errors, name -> Optional.ofNullable(object.properties().get(name))
                            .map(ValueKind::of).orElse(new ValueKind.Anything()));
                }
            }
        }
    }

    private void anything(JsonParser parser, JsonPath path, List<FieldError> errors) throws IOException {
        switch (parser.currentToken()) {
            case START_ARRAY -> elements(parser, new ValueKind.Anything(), path, errors);
            case START_OBJECT -> members(parser, path, errors, name -> new ValueKind.Anything());
            case VALUE_STRING -> text(parser, String.class, path, errors);
            default -> {
                // numbers, booleans: nothing to check
            }
        }
    }

    private void elements(JsonParser parser, ValueKind element, JsonPath path, List<FieldError> errors)
            throws IOException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (index == settings.maxListSize()) {
                errors.add(error(path, "must have at most " + settings.maxListSize() + " entries"));
                skipRest(parser, JsonToken.END_ARRAY);
                return;
            }
            value(parser, element, path.element(index++), errors);
        }
    }

    private void members(JsonParser parser, JsonPath path, List<FieldError> errors,
                         Function<String, ValueKind> kindOf) throws IOException {
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonPath member = path.property(name);
            parser.nextToken();
            Optional<String> badName = TextRules.problem(name);
            if (badName.isPresent()) {
                errors.add(error(path, "has a property name that " + badName.get()));
                parser.skipChildren();
            } else if (!seen.add(name)) {
                errors.add(error(member, "is given more than once"));
                parser.skipChildren();
            } else {
                value(parser, kindOf.apply(name), member, errors);
            }
        }
    }

    private void text(JsonParser parser, Class<?> type, JsonPath path, List<FieldError> errors) throws IOException {
        if (!expect(parser.currentToken() == JsonToken.VALUE_STRING, parser, path, "must be a string", errors)) {
            return;
        }
        String text = parser.getText();
        Optional<String> problem = TextRules.problem(text);
        if (problem.isPresent()) {
            errors.add(error(path, problem.get()));
        } else if (text.length() > settings.maxTextLength()) {
            errors.add(error(path, "must be at most " + settings.maxTextLength() + " characters long"));
        } else if (type.isEnum() && Arrays.stream(type.getEnumConstants()).noneMatch(c -> c.toString().equals(text)
                || ((Enum<?>) c).name().equals(text))) {
            errors.add(error(path, "must be one of " + Arrays.toString(type.getEnumConstants())));
        } else if (type == UUID.class && !isUuid(text)) {
            errors.add(error(path, "must be a UUID"));
        }
    }

    private void wholeNumber(JsonParser parser, ValueKind.WholeNumber kind, JsonPath path, List<FieldError> errors)
            throws IOException {
        if (!expect(parser.currentToken() == JsonToken.VALUE_NUMBER_INT, parser, path, "must be a whole number",
                errors)) {
            return;
        }
        BigInteger number = parser.getBigIntegerValue();
        if (kind.min() != null && (number.compareTo(kind.min()) < 0 || number.compareTo(kind.max()) > 0)) {
            errors.add(error(path, "must be between " + kind.min() + " and " + kind.max()));
        }
    }

    /** Adds {@code message} and skips the value when {@code holds} is false. */
    private static boolean expect(boolean holds, JsonParser parser, JsonPath path, String message,
                                  List<FieldError> errors) throws IOException {
        if (!holds) {
            errors.add(error(path, message));
            parser.skipChildren();
        }
        return holds;
    }

    private static void skipRest(JsonParser parser, JsonToken end) throws IOException {
        do {
            parser.skipChildren();
        } while (parser.nextToken() != end);
    }

    private static boolean isPrimitive(ValueKind kind) {
        return switch (kind) {
            case ValueKind.Bool bool -> bool.primitive();
            case ValueKind.WholeNumber whole -> whole.primitive();
            case ValueKind.Decimal decimal -> decimal.primitive();
            default -> false;
        };
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String at(JsonParser parser) {
        return at(parser.currentLocation());
    }

    private static String at(JsonLocation location) {
        return location == null ? "an unknown place"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static FieldError root(String message) {
        return new FieldError(JsonPath.ROOT.toString(), message);
    }

    private static FieldError error(JsonPath path, String message) {
        return new FieldError(path.toString(), message);
    }
}
