package news.prism.ingest.source;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import news.prism.http.problem.InvalidRequestException;
import news.prism.http.problem.ProblemException;
import news.prism.http.user.ActingUser;

/**
 * {@code POST /api/sources}: 201 for a new source, 200 with status DUPLICATE for one already taken in,
 * 400 naming each bad field. {@code GET /api/sources/{id}}: the stored source, 404 if unknown.
 */
@Controller(SourceController.PATH)
@ExecuteOn(TaskExecutors.IO)
public class SourceController {

    static final String PATH = "/api/sources";

    private final SourceIntake intake;
    private final SourceRepository sources;

    public SourceController(SourceIntake intake, SourceRepository sources) {
        this.intake = intake;
        this.sources = sources;
    }

    @Post
    public HttpResponse<SourceView> submit(ActingUser user, @Body SourceRequest request) {
        return switch (intake.take(request.toSubmission(), Origin.http(user.name()), FieldPath.root())) {
            case IntakeResult.Ingested ingested ->
                    HttpResponse.created(SourceView.ingested(ingested.source()), location(ingested.source().id()));
            case IntakeResult.Duplicate duplicate ->
                    HttpResponse.ok(SourceView.duplicate(duplicate.original(), duplicate.matchedBy()));
            case IntakeResult.Rejected rejected -> throw new InvalidRequestException(rejected.errors());
        };
    }

    @Get("/{id}")
    public SourceView get(String id) {
        return parse(id).flatMap(sources::findById)
                .map(SourceView::ingested)
                .orElseThrow(() -> ProblemException.notFound("No source " + id));
    }

    private static URI location(UUID id) {
        return UriBuilder.of(PATH).path(id.toString()).build();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
