package news.prism.story.publish;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import news.prism.story.story.SourceCoverage;
import news.prism.story.story.StoryContent;

/**
 * An approved version as the API shows it: the fields of the StoryPublished event, in JSON, and the source
 * coverage a page shows ("N outlets, M viewpoints surfaced").
 */
@Serdeable
public record VersionView(
        UUID storyId,
        int version,
        String slug,
        String author,
        String approvedBy,
        Instant publishedAt,
        Instant firstPublishedAt,
        @Nullable String correctionNote,
        int readingTimeMinutes,
        int outletCount,
        int viewpointCount,
        @JsonUnwrapped StoryContent content) {

    static VersionView of(StoryVersion version) {
        return new VersionView(version.storyId(), version.version(), version.slug(), version.author(),
                version.approvedBy(), version.approvedAt(), version.firstPublishedAt(), version.correctionNote(),
                version.readingTimeMinutes(), SourceCoverage.outlets(version.content()),
                SourceCoverage.viewpoints(version.content()), version.content());
    }
}
