package news.prism.ingest.source;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.uri.UriBuilder;
import java.net.URI;
import java.util.UUID;
import news.prism.errors.Invalid;
import news.prism.ingest.intake.IntakeResult;

/** How the single-source endpoints answer: 201 with a Location for a new source, 200 otherwise, 400 if refused. */
public final class SourceResponses {

    static final String PATH = "/api/sources";

    private SourceResponses() {
    }

    public static HttpResponse<SourceView> answer(IntakeResult result) {
        return switch (result) {
            case IntakeResult.Ingested ingested ->
                    HttpResponse.created(SourceView.ingested(ingested.source()), location(ingested.source().id()));
            case IntakeResult.Updated updated -> HttpResponse.ok(SourceView.updated(updated.source()));
            case IntakeResult.Duplicate duplicate ->
                    HttpResponse.ok(SourceView.duplicate(duplicate.original(), duplicate.matchedBy()));
            case IntakeResult.Rejected rejected -> throw new Invalid(rejected.errors());
        };
    }

    private static URI location(UUID id) {
        return UriBuilder.of(PATH).path(id.toString()).build();
    }
}
