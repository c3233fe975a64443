package news.prism.ingest.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;
import news.prism.errors.FieldError;
import news.prism.ingest.intake.IntakeResult;
import news.prism.ingest.source.Source;
import news.prism.ingest.source.SourceStatus;

/**
 * What became of one element of a batch, {@code index} being its place in {@code sources}. An INGESTED or
 * DUPLICATE element names the stored source ({@code id}, its canonical {@code url}); a DUPLICATE also says which
 * layer recognised it; an INGESTED near duplicate names the earlier source ({@code nearDuplicateOf}, with the
 * estimated {@code similarity}); a REJECTED one lists its errors, each named {@code sources[index].field}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItemResult(
        int index,
        SourceStatus status,
        @Nullable UUID id,
        @Nullable String url,
        @Nullable UUID duplicateOf,
        @Nullable String matchedBy,
        @Nullable UUID nearDuplicateOf,
        @Nullable Double similarity,
        @Nullable List<FieldError> errors) {

    static BatchItemResult of(int index, IntakeResult result) {
        return switch (result) {
            case IntakeResult.Ingested ingested -> stored(index, SourceStatus.INGESTED, ingested.source(), null, null);
            case IntakeResult.Updated updated -> stored(index, SourceStatus.UPDATED, updated.source(), null, null);
            case IntakeResult.Duplicate duplicate -> stored(index, SourceStatus.DUPLICATE, duplicate.original(),
                    duplicate.original().id(), duplicate.matchedBy().label());
            case IntakeResult.Rejected rejected -> rejected(index, rejected.errors());
        };
    }

    static BatchItemResult rejected(int index, List<FieldError> errors) {
        return new BatchItemResult(index, SourceStatus.REJECTED, null, null, null, null, null, null,
                List.copyOf(errors));
    }

    private static BatchItemResult stored(int index, SourceStatus status, Source source, @Nullable UUID duplicateOf,
                                          @Nullable String matchedBy) {
        return new BatchItemResult(index, status, source.id(), source.content().canonicalUrl(), duplicateOf,
                matchedBy, source.nearDuplicateOf(), source.nearDuplicateSimilarity(), null);
    }
}
