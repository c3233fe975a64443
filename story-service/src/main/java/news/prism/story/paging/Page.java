package news.prism.story.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of a list: its items and the cursor of the next page, {@code null} on the last one (written even then,
 * so that a client reads the end of the list from it).
 */
@Serdeable
public record Page<T>(List<T> items, @Nullable @JsonInclude(JsonInclude.Include.ALWAYS) String next) {
}
