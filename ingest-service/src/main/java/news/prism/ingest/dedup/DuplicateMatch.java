package news.prism.ingest.dedup;

import java.util.UUID;

/** A source already taken in ({@code originalId}) that a new one duplicates, and how that was found. */
public record DuplicateMatch(UUID originalId, MatchedBy matchedBy) {
}
