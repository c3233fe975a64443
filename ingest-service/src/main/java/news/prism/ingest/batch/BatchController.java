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
import news.prism.errors.Invalid;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;
import news.prism.ingest.intake.IntakeResult;
import news.prism.ingest.intake.Offer;
import news.prism.ingest.intake.SourceIntake;
import news.prism.ingest.source.FieldPath;
import news.prism.ingest.source.Normalization;
import news.prism.ingest.source.Origin;
import news.prism.ingest.source.SourceNormalizer;
import news.prism.ingest.source.SourceRequest;

/**
 * {@code POST /api/sources/batch}: up to {@code prism.ingest.batch.max-sources} sources in one request, taken in
 * in one transaction as the topic path takes a poll: each element is decided in order as if the earlier ones had
 * been taken in (so a later element can be a duplicate of an earlier one), and a refused element does not stop the
 * others. The answer is 200 with a result per element, including the refused ones; only a request that is no batch
 * at all (no {@code sources}, an empty or too long list, not JSON) is refused as a whole with problem+json, and then
 * nothing is stored.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller(BatchController.PATH)
@ExecuteOn(TaskExecutors.IO)
public class BatchController {

    static final String PATH = "/api/sources/batch";
    private static final String SOURCES = "sources";

    private final SourceNormalizer normalizer;
    private final SourceIntake intake;
    private final BatchSettings settings;

    public BatchController(SourceNormalizer normalizer, SourceIntake intake, BatchSettings settings) {
        this.normalizer = normalizer;
        this.intake = intake;
        this.settings = settings;
    }

    @Secured({Roles.NEWSROOM, Roles.ADMIN})
    @Post
    public BatchResponse submit(ActingUser user, @Body BatchRequest request) {
        List<SourceRequest> sources = checkShape(request);
        Origin origin = Origin.http(user.name());
        List<Offer> offers = new ArrayList<>(sources.size());
        for (int index = 0; index < sources.size(); index++) {
            SourceRequest source = sources.get(index);
            FieldPath path = FieldPath.element(SOURCES, index);
            Normalization normalization = source == null
                    ? new Normalization.Invalid(List.of(path.error("must be a source object")))
                    : normalizer.normalize(source.toSubmission(), path);
            offers.add(new Offer(normalization, origin));
        }
        List<IntakeResult> taken = intake.takeAll(offers);
        List<BatchItemResult> results = new ArrayList<>(taken.size());
        for (int index = 0; index < taken.size(); index++) {
            results.add(BatchItemResult.of(index, taken.get(index)));
        }
        return BatchResponse.of(results);
    }

    private List<SourceRequest> checkShape(BatchRequest request) {
        List<SourceRequest> sources = request.sources();
        if (sources == null || sources.isEmpty()) {
            throw new Invalid(SOURCES, "must hold at least one source");
        }
        if (sources.size() > settings.maxSources()) {
            throw new Invalid(SOURCES, "must hold at most " + settings.maxSources() + " sources");
        }
        return sources;
    }
}
