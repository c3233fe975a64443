package news.prism.e2e.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bodies made from a valid template with one value changed, taken out, or replaced by raw bytes that no JSON
 * library would write (invalid UTF-8, a key twice).
 */
final class JsonBodies {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final String SLOT = "@@corpus-slot@@";
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private JsonBodies() {
    }

    static byte[] of(JsonNode document) {
        try {
            return JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template with the value at {@code path} (created if absent) set to {@code value}. */
    static byte[] with(ObjectNode template, String path, JsonNode value) {
        ObjectNode copy = template.deepCopy();
        put(copy, path, value);
        return of(copy);
    }

    /** The template with the value at {@code path} replaced by these bytes, verbatim. */
    static byte[] withRaw(ObjectNode template, String path, byte[] raw) {
        byte[] slotted = with(template, path, TextNode.valueOf(SLOT));
        return splice(slotted, ("\"" + SLOT + "\"").getBytes(StandardCharsets.UTF_8), raw);
    }

    /** The template without the value at {@code path}. */
    static byte[] without(ObjectNode template, String path) {
        ObjectNode copy = template.deepCopy();
        List<Object> segments = segments(path);
        JsonNode parent = navigate(copy, segments.subList(0, segments.size() - 1));
        Object last = segments.getLast();
        if (last instanceof String name) {
            ((ObjectNode) parent).remove(name);
        } else {
            ((ArrayNode) parent).remove((Integer) last);
        }
        return of(copy);
    }

    /** The value at {@code path}, which must end in a key, sent twice under that key: {@code first}, then as it was. */
    static byte[] withKeyTwice(ObjectNode template, String path, JsonNode first) {
        List<Object> segments = segments(path);
        String key = (String) segments.getLast();
        JsonNode original = navigate(template, segments);
        String twice = JSON.valueToTree(key).toString() + ":" + first + "," + JSON.valueToTree(key) + ":" + original;
        byte[] slotted = with(template, path, TextNode.valueOf(SLOT));
        byte[] slot = (JSON.valueToTree(key).toString() + ":\"" + SLOT + "\"").getBytes(StandardCharsets.UTF_8);
        return splice(slotted, slot, twice.getBytes(StandardCharsets.UTF_8));
    }

    /** The value at {@code path} in the template, or null when it has none. */
    static JsonNode valueAt(ObjectNode template, String path) {
        return navigate(template, segments(path));
    }

    /** Whether the path ends in a key (rather than a list index). */
    static boolean endsInKey(String path) {
        return segments(path).getLast() instanceof String;
    }

    private static void put(ObjectNode root, String path, JsonNode value) {
        List<Object> segments = segments(path);
        JsonNode parent = navigate(root, segments.subList(0, segments.size() - 1));
        Object last = segments.getLast();
        if (parent == null) {
            throw new IllegalArgumentException("No parent for " + path + " in the template");
        }
        if (last instanceof String name) {
            ((ObjectNode) parent).set(name, value);
        } else {
            ((ArrayNode) parent).set((Integer) last, value);
        }
    }

    private static JsonNode navigate(JsonNode from, List<Object> segments) {
        JsonNode node = from;
        for (Object segment : segments) {
            if (node == null) {
                return null;
            }
            node = segment instanceof String name ? node.get(name) : node.get((Integer) segment);
        }
        return node;
    }

    private static List<Object> segments(String path) {
        List<Object> segments = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(path);
        while (matcher.find()) {
            segments.add(matcher.group(1) != null ? matcher.group(1) : Integer.valueOf(matcher.group(2)));
        }
        return segments;
    }

    private static byte[] splice(byte[] document, byte[] what, byte[] replacement) {
        String asLatin1 = new String(document, StandardCharsets.ISO_8859_1);
        int at = asLatin1.indexOf(new String(what, StandardCharsets.ISO_8859_1));
        if (at < 0) {
            throw new IllegalStateException("No slot in " + asLatin1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length + replacement.length);
        out.write(document, 0, at);
        out.writeBytes(replacement);
        out.write(document, at + what.length, document.length - at - what.length);
        return out.toByteArray();
    }
}
