package news.prism.ingest.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * The last poll of a feed: when, its outcome, why it failed if it did, and what became of the document's items
 * (ingested as new sources, updated as new versions, duplicates, rejected with their reasons).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LastPoll(
        Instant at,
        PollOutcome outcome,
        @Nullable String error,
        int ingested,
        int updated,
        int duplicates,
        int rejected,
        List<ItemRejection> rejections) {

    public LastPoll {
        rejections = List.copyOf(rejections);
    }

    static LastPoll notModified(Instant at) {
        return new LastPoll(at, PollOutcome.NOT_MODIFIED, null, 0, 0, 0, 0, List.of());
    }

    static LastPoll failed(Instant at, String error) {
        return new LastPoll(at, PollOutcome.FAILED, error, 0, 0, 0, 0, List.of());
    }
}
