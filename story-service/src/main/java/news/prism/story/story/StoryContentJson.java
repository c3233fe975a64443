package news.prism.story.story;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Story content to and from the JSON kept in the {@code content} columns. */
@Singleton
public class StoryContentJson {

    private final JsonMapper json;

    public StoryContentJson(JsonMapper json) {
        this.json = json;
    }

    public String write(StoryContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write story content as JSON", e);
        }
    }

    /** The content as a JSON tree, field names as in the API. */
    public JsonNode tree(StoryContent content) {
        try {
            return json.writeValueToTree(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write story content as JSON", e);
        }
    }

    public StoryContent read(String content) {
        try {
            return json.readValue(content, StoryContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored story content is not readable", e);
        }
    }
}
