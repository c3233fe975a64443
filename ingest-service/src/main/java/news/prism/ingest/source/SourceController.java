package news.prism.ingest.source;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Optional;
import java.util.UUID;
import news.prism.errors.NotFound;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;
import news.prism.ingest.intake.SourceIntake;

/**
 * {@code POST /api/sources} (JSON): 201 for a new source, 200 with status DUPLICATE for one already taken in,
 * 400 naming each bad field. {@code GET /api/sources/{id}}: the stored source, 404 if unknown;
 * {@code GET /api/sources/{id}/versions}: all its versions. The acting user of a write is the subject of its
 * bearer token (401 without a valid one).
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller(SourceResponses.PATH)
@ExecuteOn(TaskExecutors.IO)
public class SourceController {

    private final SourceIntake intake;
    private final SourceRepository sources;
    private final SourceVersions versions;

    public SourceController(SourceIntake intake, SourceRepository sources, SourceVersions versions) {
        this.intake = intake;
        this.sources = sources;
        this.versions = versions;
    }

    @Secured({Roles.NEWSROOM, Roles.ADMIN})
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<SourceView> submit(ActingUser user, @Body SourceRequest request) {
        return SourceResponses.answer(intake.take(request.toSubmission(), Origin.http(user.name()), FieldPath.root()));
    }

    @Get("/{id}")
    public SourceView get(String id) {
        return SourceView.ingested(find(id));
    }

    /** Every version of the source, the first first; the last is the current one. */
    @Get("/{id}/versions")
    public SourceVersionsView versions(String id) {
        UUID sourceId = find(id).id();
        return new SourceVersionsView(sourceId, versions.of(sourceId));
    }

    private Source find(String id) {
        return parse(id).flatMap(sources::findById)
                .orElseThrow(() -> new NotFound("No source has this id"));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
