package news.prism.story.publish;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.transaction.annotation.Transactional;
import java.util.UUID;
import news.prism.http.problem.ProblemException;

/** {@code GET /api/stories/{id}/versions/{version}}: an approved version, as it was published. */
@Controller("/api/stories/{id}/versions")
@ExecuteOn(TaskExecutors.IO)
public class VersionController {

    private final StoryVersions versions;

    public VersionController(StoryVersions versions) {
        this.versions = versions;
    }

    @Get("/{version}")
    @Transactional(readOnly = true)
    public VersionView get(UUID id, int version) {
        return versions.find(id, version).map(VersionView::of)
                .orElseThrow(() -> ProblemException.notFound("Story " + id + " has no approved version " + version));
    }
}
