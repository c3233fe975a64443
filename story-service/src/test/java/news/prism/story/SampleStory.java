package news.prism.story;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import news.prism.story.story.StoryContent;

/** The sample story of {@code sample-story.json}, as sent, as a tree to change, or as content. */
public final class SampleStory {

    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    private SampleStory() {
    }

    public static String json() {
        try (InputStream in = SampleStory.class.getResourceAsStream("/sample-story.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, changeable copy of the sample as JSON maps and lists. */
    public static Map<String, Object> tree() {
        try {
            return JSON.readValue(json(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample with {@code change} applied to its tree, as JSON. */
    public static String json(Consumer<Map<String, Object>> change) {
        Map<String, Object> tree = tree();
        change.accept(tree);
        try {
            return JSON.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StoryContent content() {
        return content(tree -> { });
    }

    public static StoryContent content(Consumer<Map<String, Object>> change) {
        try {
            return JSON.readValue(json(change), StoryContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Map<String, Object> tree, String field) {
        return (List<Object>) tree.get(field);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> item(Map<String, Object> tree, String field, int index) {
        return (Map<String, Object>) list(tree, field).get(index);
    }
}
