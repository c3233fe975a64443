package news.prism.story.desk.editor;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.prism.errors.FieldError;
import news.prism.story.story.StoryContent;

/**
 * Reads the editor's form into {@link StoryContent}. Every input is named by the JSON path of its field in the
 * story ({@code headline}, {@code perspectives[0].key}, {@code keyPoints[2]}), so the form becomes the same JSON
 * tree the API takes, and every problem the checks name by path lands beside the input of that name.
 */
@Singleton
public class StoryForms {

    /** The lists of the anatomy the editor adds to, removes from and reorders. */
    public static final List<String> LISTS = List.of("perspectives", "notRepresented", "keyPoints", "keyFigures",
            "body", "timeline", "viewpoints", "unknowns", "keyTerms", "faq", "sources");

    private static final Set<String> TEXT_LISTS = Set.of("notRepresented", "keyPoints", "unknowns");
    private static final Set<String> WHOLE_NUMBERS = Set.of("share", "n");
    private static final String LINES = "items";
    private static final String ALL_REPRESENTED = "allRepresented";
    // name, name.field, list[i] or list[i].field; more than three digits is more than any list may hold.
    private static final Pattern NAME = Pattern.compile("([a-zA-Z]+)(?:\\[(\\d{1,3})])?(?:\\.([a-zA-Z]+))?");

    private final JsonMapper json;

    public StoryForms(JsonMapper json) {
        this.json = json;
    }

    /** The form as a JSON tree, and the values that cannot be what their field holds (a share that is no number). */
    public Read read(Map<String, String> fields) {
        Map<String, Object> tree = new LinkedHashMap<>();
        List<FieldError> problems = new ArrayList<>();
        LISTS.forEach(list -> tree.put(list, new ArrayList<>()));
        tree.put("topic", new LinkedHashMap<String, Object>());
        tree.put(ALL_REPRESENTED, "true".equals(fields.get(ALL_REPRESENTED)));
        fields.forEach((name, value) -> place(tree, name, value, problems));
        return new Read(tree, problems);
    }

    public StoryContent content(Map<String, Object> tree) {
        try {
            return json.readValue(json.writeValueAsBytes(tree), StoryContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The form's tree is not a story", e);
        }
    }

    /**
     * Changes the tree's lists as a button of the form says: {@code add:list}, {@code remove:list:i},
     * {@code up:list:i} or {@code down:list:i}. Anything else changes nothing.
     */
    @SuppressWarnings("unchecked")
    public void change(Map<String, Object> tree, String action) {
        String[] parts = action.split(":");
        if (parts.length < 2 || !LISTS.contains(parts[1])) {
            return;
        }
        List<Object> list = (List<Object>) tree.get(parts[1]);
        if (parts.length == 2 && parts[0].equals("add")) {
            list.add(emptyEntry(parts[1]));
            return;
        }
        if (parts.length != 3 || !parts[2].matches("\\d{1,3}") || Integer.parseInt(parts[2]) >= list.size()) {
            return;
        }
        int i = Integer.parseInt(parts[2]);
        switch (parts[0]) {
            case "remove" -> list.remove(i);
            case "up" -> swap(list, i, i - 1);
            case "down" -> swap(list, i, i + 1);
            default -> {
                // not a change of the lists
            }
        }
    }

    private static void swap(List<Object> list, int i, int j) {
        if (j >= 0 && j < list.size()) {
            list.set(i, list.set(j, list.get(i)));
        }
    }

    private static Object emptyEntry(String list) {
        if (TEXT_LISTS.contains(list)) {
            return "";
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        if (list.equals("body")) {
            entry.put("type", "paragraph");
        }
        return entry;
    }

    @SuppressWarnings("unchecked")
    private static void place(Map<String, Object> tree, String name, String value, List<FieldError> problems) {
        Matcher path = NAME.matcher(name);
        if (!path.matches() || name.equals(ALL_REPRESENTED)) {
            return;
        }
        String top = path.group(1);
        String field = path.group(3);
        if (path.group(2) == null) {
            if (field == null && !LISTS.contains(top) && !top.equals("topic")) {
                tree.put(top, text(value));
            } else if (top.equals("topic") && field != null) {
                ((Map<String, Object>) tree.get("topic")).put(field, text(value));
            }
            return;
        }
        if (!LISTS.contains(top) || TEXT_LISTS.contains(top) != (field == null)) {
            return;
        }
        List<Object> list = (List<Object>) tree.get(top);
        int index = Integer.parseInt(path.group(2));
        while (list.size() <= index) {
            list.add(TEXT_LISTS.contains(top) ? null : new LinkedHashMap<String, Object>());
        }
        if (field == null) {
            list.set(index, text(value));
            return;
        }
        Map<String, Object> entry = (Map<String, Object>) list.get(index);
        entry.put(field, value(name, field, value, problems));
    }

    private static Object value(String name, String field, String value, List<FieldError> problems) {
        if (field.equals(LINES)) {
            return Arrays.stream(value.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
        if (WHOLE_NUMBERS.contains(field) && !value.isBlank()) {
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException notANumber) {
                problems.add(new FieldError(name, "must be a whole number"));
                return null;
            }
        }
        return text(value);
    }

    /** An empty input is a field left out, as it would be in the API's JSON. */
    private static String text(String value) {
        return value.isBlank() ? null : value;
    }

    /** What the form says, as a JSON tree, and what of it could not be read. */
    public record Read(Map<String, Object> tree, List<FieldError> problems) {
    }
}
