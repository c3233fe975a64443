package news.prism.ingest.batch;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import news.prism.ingest.source.SourceStatus;

/** The answer to a batch: how many elements ended in each status, and each element's result in request order. */
@Serdeable
public record BatchResponse(int ingested, int duplicates, int rejected, List<BatchItemResult> results) {

    static BatchResponse of(List<BatchItemResult> results) {
        return new BatchResponse(count(results, SourceStatus.INGESTED), count(results, SourceStatus.DUPLICATE),
                count(results, SourceStatus.REJECTED), List.copyOf(results));
    }

    private static int count(List<BatchItemResult> results, SourceStatus status) {
        return (int) results.stream().filter(result -> result.status() == status).count();
    }
}
