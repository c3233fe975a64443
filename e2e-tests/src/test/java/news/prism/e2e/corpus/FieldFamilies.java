package news.prism.e2e.corpus;

import static news.prism.e2e.corpus.Garbage.MARKER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The families that break one field of a JSON body, the answer having to name that field. */
final class FieldFamilies {

    private FieldFamilies() {
    }

    static List<BadRequest> of(JsonEndpoint endpoint) {
        List<BadRequest> corpus = new ArrayList<>();
        for (Field field : endpoint.fields()) {
            Breaker breaker = new Breaker(endpoint, field, corpus);
            switch (field.kind()) {
                case TEXT, URL, FEED_URL -> text(breaker, field);
                case INTEGER -> breaker.wrongTypes("1.5", "\"3\"", "true", "12345678901234567890", "[3]");
                case BOOLEAN -> breaker.wrongTypes("\"yes\"", "1", "\"true\"", "[true]");
                case LIST -> list(breaker, field);
                case OBJECT -> breaker.wrongTypes("\"" + MARKER + "\"", "[\"" + MARKER + "\"]", "12");
            }
            if (field.required() && JsonBodies.endsInKey(field.path())) {
                corpus.add(endpoint.request(JsonBodies.without(endpoint.template(), field.path()),
                        Family.MISSING_FIELD, field, "left out"));
            }
            JsonNode present = JsonBodies.valueAt(endpoint.template(), field.path());
            if (present != null && JsonBodies.endsInKey(field.path())) {
                JsonNode first = field.isText() ? TextNode.valueOf(MARKER) : present;
                corpus.add(endpoint.request(JsonBodies.withKeyTwice(endpoint.template(), field.path(), first),
                        Family.DUPLICATE_KEY, field, "the key twice"));
            }
        }
        return corpus;
    }

    private static void text(Breaker breaker, Field field) {
        breaker.raw(Family.NUL_CHARACTER, Garbage.escapedBetweenMarkers("\\u0000"), "\\u0000");
        breaker.raw(Family.LONE_SURROGATE, Garbage.escapedBetweenMarkers("\\ud800"), "\\ud800");
        breaker.raw(Family.LONE_SURROGATE, Garbage.escapedBetweenMarkers("\\udc00"), "\\udc00");
        breaker.raw(Family.NONCHARACTER, Garbage.escapedBetweenMarkers("\\uffff"), "\\uffff");
        breaker.raw(Family.NONCHARACTER, Garbage.escapedBetweenMarkers("\\ufdd0"), "\\ufdd0");
        breaker.wrongTypes("true", "12", "[\"" + MARKER + "\"]");
        boolean feed = field.kind() == Field.Kind.FEED_URL;
        if (field.kind() == Field.Kind.TEXT) {
            breaker.value(Family.TOO_LONG_STRING, Garbage.repeat("a ", field.tooLong()) + MARKER,
                    field.tooLong() + " characters");
        } else {
            // A feed is fetched: its URLs stay on loopback (the end-to-end services may fetch private addresses).
            String scheme = feed ? "http://" : "https://";
            String host = feed ? "127.0.0.1" : "example.org";
            breaker.value(Family.TOO_LONG_STRING, scheme + host + "/" + Garbage.repeat("a", field.tooLong()) + MARKER,
                    "a URL of " + field.tooLong() + " characters");
            breaker.value(Family.BAD_URL, scheme + host + ":99999/" + MARKER, "port 99999");
            breaker.value(Family.BAD_URL, scheme + "corpus:" + MARKER + "@" + host + "/", "userinfo");
            breaker.value(Family.BAD_URL, "javascript:alert('" + MARKER + "')", "javascript: scheme");
        }
        if (feed) {
            breaker.value(Family.TOO_LONG_STRING, "http://127.0.0.1/" + Garbage.repeat("a", 5_000) + MARKER,
                    "a URL of 5,000 characters");
            breaker.value(Family.BAD_URL, "http://0177.0.0.1/" + MARKER, "host 0177.0.0.1");
        }
        if (field.required()) {
            breaker.value(Family.BLANK_TEXT, " \t\n  ", "only whitespace");
            breaker.raw(Family.BLANK_TEXT, "\"\\u200b\\u200b\\u2060\\ufeff\"", "only zero-width characters");
        }
    }

    private static void list(Breaker breaker, Field field) {
        breaker.wrongTypes("{\"a\":\"" + MARKER + "\"}", "\"" + MARKER + "\"");
        JsonNode present = JsonBodies.valueAt(breaker.endpoint.template(), field.path());
        if (present != null && !present.isEmpty()) {
            // The smallest element of the list's kind, so that the list is too long while the body stays small.
            JsonNode element = present.get(0).isObject() ? JsonBodies.JSON.createObjectNode() : TextNode.valueOf("x");
            ArrayNode many = JsonBodies.JSON.createArrayNode();
            for (int i = 0; i < field.tooLong(); i++) {
                many.add(element);
            }
            breaker.node(Family.TOO_LONG_LIST, many, field.tooLong() + " elements");
        }
    }

    /** Puts bad values into one field of the endpoint's template. */
    private record Breaker(JsonEndpoint endpoint, Field field, List<BadRequest> corpus) {

        void raw(Family family, String json, String variant) {
            corpus.add(endpoint.request(JsonBodies.withRaw(endpoint.template(), field.path(),
                    json.getBytes(StandardCharsets.UTF_8)), family, field, variant));
        }

        void value(Family family, String text, String variant) {
            node(family, TextNode.valueOf(text), variant);
        }

        void node(Family family, JsonNode value, String variant) {
            corpus.add(endpoint.request(JsonBodies.with(endpoint.template(), field.path(), value), family, field,
                    variant));
        }

        void wrongTypes(String... jsonValues) {
            for (String json : jsonValues) {
                raw(Family.WRONG_TYPE, json, json.length() > 40 ? json.substring(0, 40) : json);
            }
        }
    }
}
