package news.prism.ingest.ninjs;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The part of an IPTC ninjs 2.x document this service reads; every other property is ignored. Property names are
 * ninjs's own.
 */
@Serdeable
@Introspected
public record NinjsDocument(
        @Nullable @Size(max = URI) String uri,
        @Nullable @Size(max = WORD) String versioncreated,
        @Nullable @Size(max = WORD) String firstcreated,
        @Nullable @Size(max = WORD) String language,
        @Nullable @Size(max = LINE) String by,
        @Nullable @Size(max = LINE) String copyrightholder,
        @Nullable @Size(max = ENTRIES) List<@Valid Text> headlines,
        @Nullable @Size(max = ENTRIES) List<@Valid Text> bodies,
        @Nullable @Size(max = ENTRIES) List<@Valid Subject> subjects,
        @Nullable @Size(max = ENTRIES) List<@Valid Rendition> renditions) {

    // Bounds of the parts that are not a source's own fields (whose limits SourceNormalizer applies to every path).
    private static final int WORD = 64;
    private static final int LINE = 500;
    private static final int URI = 2_048;
    private static final int ENTRIES = 100;

    /** An element of {@code headlines} or {@code bodies}. */
    @Serdeable
    @Introspected
    public record Text(@Nullable @Size(max = WORD) String role, @Nullable @Size(max = LINE) String contenttype,
                       @Nullable String value) {
    }

    @Serdeable
    @Introspected
    public record Subject(@Nullable @Size(max = LINE) String name, @Nullable @Size(max = LINE) String literal,
                          @Nullable @Size(max = URI) String uri) {
    }

    @Serdeable
    @Introspected
    public record Rendition(@Nullable @Size(max = WORD) String name, @Nullable @Size(max = URI) String href,
                            @Nullable @Size(max = LINE) String contenttype) {
    }
}
