package news.prism.ingest.ninjs;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import news.prism.http.security.Roles;
import news.prism.http.user.ActingUser;
import news.prism.ingest.intake.SourceIntake;
import news.prism.ingest.source.FieldPath;
import news.prism.ingest.source.Normalization;
import news.prism.ingest.source.Origin;
import news.prism.ingest.source.SourceNormalizer;
import news.prism.ingest.source.SourceResponses;
import news.prism.ingest.source.SourceView;

/**
 * {@code POST /api/sources} with {@code Content-Type: application/vnd.iptc.ninjs+json}: one IPTC ninjs 2.x text
 * item. 201 INGESTED for a new source; 200 UPDATED when its uri is known and its {@code versioncreated} is newer
 * (the source keeps its id and gets a new version); 200 DUPLICATE otherwise or when another layer knows it; 400
 * naming each bad field by its ninjs path (e.g. {@code headlines}, {@code bodies[0].value}), the document as a
 * whole as {@code $} when it is no JSON object. The acting user is the subject of the bearer token.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/sources")
@ExecuteOn(TaskExecutors.IO)
public class NinjsController {

    public static final String NINJS_JSON = "application/vnd.iptc.ninjs+json";

    private final NinjsReader reader;
    private final SourceNormalizer normalizer;
    private final SourceIntake intake;

    public NinjsController(NinjsReader reader, SourceNormalizer normalizer, SourceIntake intake) {
        this.reader = reader;
        this.normalizer = normalizer;
        this.intake = intake;
    }

    @Secured({Roles.NEWSROOM, Roles.ADMIN})
    @Post
    @Consumes(NINJS_JSON)
    public HttpResponse<SourceView> submit(ActingUser user, @Valid @Body NinjsDocument document) {
        NinjsSubmission read = reader.read(document);
        Normalization normalization = normalizer.normalize(read.submission(), FieldPath.root().naming(read.names()))
                .withErrors(read.errors());
        return SourceResponses.answer(intake.take(normalization, Origin.http(user.name())));
    }
}
