package news.prism.ingest.batch;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import news.prism.http.problem.InvalidRequestException;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;
import news.prism.ingest.source.FieldPath;
import news.prism.ingest.source.Origin;
import news.prism.ingest.source.SourceIntake;
import news.prism.ingest.source.SourceRequest;

/**
 * {@code POST /api/sources/batch}: up to {@code prism.ingest.batch.max-sources} sources in one request. A batch is
 * not all-or-nothing: each element is taken in on its own, in order, in its own transaction, exactly as if it had
 * been posted alone (so a later element can be a duplicate of an earlier one). The answer is 200 with a result per
 * element, including the refused ones; only a request that is no batch at all (no {@code sources}, an empty or
 * too long list, not JSON, no acting user) is refused as a whole with problem+json, and then nothing is stored.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller(BatchController.PATH)
@ExecuteOn(TaskExecutors.IO)
public class BatchController {

    static final String PATH = "/api/sources/batch";
    private static final String SOURCES = "sources";

    private final SourceIntake intake;
    private final BatchSettings settings;

    public BatchController(SourceIntake intake, BatchSettings settings) {
        this.intake = intake;
        this.settings = settings;
    }

    /** The acting user comes from the {@code X-Prism-User} header until authentication lands (401 without it). */
    @Secured({Roles.NEWSROOM, Roles.ADMIN})
    @Post
    public BatchResponse submit(ActingUser user, @Body BatchRequest request) {
        List<SourceRequest> sources = checkShape(request);
        Origin origin = Origin.http(user.name());
        List<BatchItemResult> results = new ArrayList<>(sources.size());
        for (int index = 0; index < sources.size(); index++) {
            SourceRequest source = sources.get(index);
            FieldPath path = FieldPath.element(SOURCES, index);
            results.add(source == null
                    ? BatchItemResult.rejected(index, List.of(path.error("must be a source object")))
                    : BatchItemResult.of(index, intake.take(source.toSubmission(), origin, path)));
        }
        return BatchResponse.of(results);
    }

    private List<SourceRequest> checkShape(BatchRequest request) {
        List<SourceRequest> sources = request.sources();
        if (sources == null || sources.isEmpty()) {
            throw new InvalidRequestException(SOURCES, "must hold at least one source");
        }
        if (sources.size() > settings.maxSources()) {
            throw new InvalidRequestException(SOURCES, "must hold at most " + settings.maxSources() + " sources");
        }
        return sources;
    }
}
