package news.prism.ingest.source;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** The answer to {@code GET /api/sources/{id}/versions}. */
@Serdeable
public record SourceVersionsView(UUID id, List<SourceVersion> versions) {
}
