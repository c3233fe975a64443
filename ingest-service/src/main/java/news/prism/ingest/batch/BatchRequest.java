package news.prism.ingest.batch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import news.prism.ingest.source.SourceRequest;

/** The body of {@code POST /api/sources/batch}: {@code {"sources": [...]}}, each element as for a single source. */
@Serdeable
public record BatchRequest(@Nullable List<SourceRequest> sources) {
}
