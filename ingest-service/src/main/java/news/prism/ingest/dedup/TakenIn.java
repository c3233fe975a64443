package news.prism.ingest.dedup;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/** A stored source and when its first version was taken in: what "the earliest source" is decided by. */
public record TakenIn(UUID sourceId, Instant ingestedAt) {

    /** PostgreSQL orders uuids byte by byte, i.e. as two unsigned 64-bit halves. */
    static final Comparator<UUID> POSTGRES_UUID_ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    /** As {@code ORDER BY s.ingested_at, s.id}: earliest first, the id deciding between equal times. */
    public static final Comparator<TakenIn> EARLIEST_FIRST = Comparator.comparing(TakenIn::ingestedAt)
            .thenComparing(TakenIn::sourceId, POSTGRES_UUID_ORDER);
}
