package news.prism.ingest.ninjs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The part of an IPTC ninjs 2.x document this service reads; every other property is ignored. Property names are
 * ninjs's own.
 */
@Serdeable
public record NinjsDocument(
        @Nullable String uri,
        @Nullable String versioncreated,
        @Nullable String firstcreated,
        @Nullable String language,
        @Nullable String by,
        @Nullable String copyrightholder,
        @Nullable List<Text> headlines,
        @Nullable List<Text> bodies,
        @Nullable List<Subject> subjects,
        @Nullable List<Rendition> renditions) {

    /** An element of {@code headlines} or {@code bodies}. */
    @Serdeable
    public record Text(@Nullable String role, @Nullable String contenttype, @Nullable String value) {
    }

    @Serdeable
    public record Subject(@Nullable String name, @Nullable String literal, @Nullable String uri) {
    }

    @Serdeable
    public record Rendition(@Nullable String name, @Nullable String href, @Nullable String contenttype) {
    }
}
