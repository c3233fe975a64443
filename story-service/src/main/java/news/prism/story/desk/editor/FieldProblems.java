package news.prism.story.desk.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.prism.errors.FieldError;

/**
 * The problems of a form, by the path of the field they are about, for the templates: what to show beside each
 * input ({@link #at}) and the summary at the top of the form ({@link #all}).
 */
public record FieldProblems(List<FieldError> all) {

    public static final FieldProblems NONE = new FieldProblems(List.of());

    public FieldProblems {
        all = all.stream().sorted(Comparator.comparing(FieldError::field)).toList();
    }

    public boolean none() {
        return all.isEmpty();
    }

    public boolean has(String path) {
        return all.stream().anyMatch(problem -> problem.field().equals(path));
    }

    /** Every message about the field, joined; empty when there is none. */
    public String at(String path) {
        return String.join("; ", byPath().getOrDefault(path, List.of()));
    }

    private Map<String, List<String>> byPath() {
        Map<String, List<String>> byPath = new LinkedHashMap<>();
        all.forEach(problem -> byPath.computeIfAbsent(problem.field(), path -> new ArrayList<>()).add(problem.message()));
        return byPath;
    }

    /** The id of the element that shows a field's problems, for {@code aria-describedby} and the summary's links. */
    public static String slotOf(String path) {
        return "problem-" + inputOf(path);
    }

    /** The id of a field's input. */
    public static String inputOf(String path) {
        return "f-" + path.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
