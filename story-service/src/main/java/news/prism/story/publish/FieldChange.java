package news.prism.story.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One field that differs between two versions: its path in the anatomy ({@code headline}, {@code body[2].text},
 * {@code keyPoints[4]}), its value before and after; {@code null} where the field or list entry is absent.
 */
@Serdeable
public record FieldChange(
        String path,
        @Nullable @JsonInclude(JsonInclude.Include.ALWAYS) JsonNode before,
        @Nullable @JsonInclude(JsonInclude.Include.ALWAYS) JsonNode after) {
}
