package news.prism.story.publish;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import java.util.List;
import java.util.UUID;
import news.prism.errors.NotFound;
import news.prism.story.story.StoryDrafts;
import news.prism.story.story.StoryStore;

/**
 * {@code GET /api/stories/{id}/versions}: the approved versions of a story, oldest first, and
 * {@code GET /api/stories/{id}/versions/{version}}: one of them, as it was published, and
 * {@code GET /api/stories/{id}/versions/{from}/diff/{to}}: what changed between two of them. A retracted story's
 * versions stay readable here.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/stories/{id}/versions")
@ExecuteOn(TaskExecutors.IO)
public class VersionController {

    private final StoryVersions versions;
    private final StoryStore stories;
    private final VersionDiff diff;

    public VersionController(StoryVersions versions, StoryStore stories, VersionDiff diff) {
        this.versions = versions;
        this.stories = stories;
        this.diff = diff;
    }

    @Get
    @Transactional(readOnly = true)
    public List<VersionSummary> list(UUID id) {
        stories.find(id).orElseThrow(() -> StoryDrafts.notFound(id));
        return versions.all(id).stream().map(VersionSummary::of).toList();
    }

    @Get("/{version}")
    @Transactional(readOnly = true)
    public VersionView get(UUID id, int version) {
        return versions.find(id, version).map(VersionView::of)
                .orElseThrow(() -> new NotFound("Story " + id + " has no approved version " + version));
    }

    @Get("/{from}/diff/{to}")
    public VersionChanges diff(UUID id, int from, int to) {
        return diff.between(id, from, to);
    }
}
