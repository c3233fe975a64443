package news.prism.ingest.intake;

import java.util.List;
import news.prism.errors.FieldError;
import news.prism.ingest.dedup.MatchedBy;
import news.prism.ingest.source.Source;

/** What became of a submission. */
public sealed interface IntakeResult {

    /** New: stored, and a SourceIngested event is in the outbox. */
    record Ingested(Source source) implements IntakeResult {
    }

    /**
     * A newer version of a source known by its guid: stored as the source's current version (earlier ones are
     * kept), and a SourceIngested event with the same source id is in the outbox.
     */
    record Updated(Source source) implements IntakeResult {
    }

    /** Already taken in as {@code original}; nothing was stored and no event added. */
    record Duplicate(Source original, MatchedBy matchedBy) implements IntakeResult {
    }

    /** Breaks the rules named field by field; nothing was stored. */
    record Rejected(List<FieldError> errors) implements IntakeResult {

        public Rejected {
            errors = List.copyOf(errors);
        }
    }
}
