package news.prism.story.publish;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import news.prism.errors.NotFound;
import news.prism.story.story.StoryContent;
import news.prism.story.story.StoryContentJson;

/**
 * Compares two approved versions of a story (or the live one with a correction under way) field by field: objects
 * by field name, lists entry by entry at the
 * same position, down to the single values. A list that grew or shrank shows each entry added or taken away.
 */
@Singleton
public class VersionDiff {

    private final StoryVersions versions;
    private final StoryContentJson json;

    public VersionDiff(StoryVersions versions, StoryContentJson json) {
        this.versions = versions;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public VersionChanges between(UUID storyId, int from, int to) {
        JsonNode before = json.tree(version(storyId, from).content());
        JsonNode after = json.tree(version(storyId, to).content());
        List<FieldChange> changes = new ArrayList<>();
        compare("", before, after, changes);
        return new VersionChanges(storyId, from, to, changes);
    }

    /**
     * What a correction under way would change: the live approved version {@code live} against the story's working
     * copy, which becomes version {@code live + 1} when approved.
     */
    @Transactional(readOnly = true)
    public VersionChanges ofCorrection(UUID storyId, int live, StoryContent working) {
        List<FieldChange> changes = new ArrayList<>();
        compare("", json.tree(version(storyId, live).content()), json.tree(working), changes);
        return new VersionChanges(storyId, live, live + 1, changes);
    }

    private StoryVersion version(UUID storyId, int version) {
        return versions.find(storyId, version)
                .orElseThrow(() -> new NotFound("Story " + storyId + " has no approved version " + version));
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<FieldChange> changes) {
        if (before != null && after != null && before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.entries().forEach(field -> names.add(field.getKey()));
            after.entries().forEach(field -> names.add(field.getKey()));
            for (String name : names) {
                compare(path.isEmpty() ? name : path + "." + name, present(before.get(name)),
                        present(after.get(name)), changes);
            }
        } else if (before != null && after != null && before.isArray() && after.isArray()) {
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                compare(path + "[" + i + "]", i < before.size() ? before.get(i) : null,
                        i < after.size() ? after.get(i) : null, changes);
            }
        } else if (before == null ? after != null : !before.equals(after)) {
            changes.add(new FieldChange(path, before, after));
        }
    }

    /** A field left out and a field set to null are both absent. */
    private static JsonNode present(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }
}
