package news.prism.ingest.source;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * The publisher's own identifier of a source, namespaced by input path ({@code ninjs:<uri>},
 * {@code feed:<feed id>:<item guid>}, {@code topic:<sending system>:<guid>}), and the time the publisher made this version of it, if it says.
 * The same guid again is an update: a new version when {@code versionCreated} is newer, else a duplicate.
 */
public record SourceGuid(String value, @Nullable Instant versionCreated) {

    public static SourceGuid ninjs(String uri, @Nullable Instant versionCreated) {
        return new SourceGuid("ninjs:" + uri.strip(), versionCreated);
    }

    public static SourceGuid feedItem(Object feedId, String itemGuid, @Nullable Instant versionCreated) {
        return new SourceGuid("feed:" + feedId + ":" + itemGuid.strip(), versionCreated);
    }

    /** A guid on the inbound topic, unique within the system that sent it (its CloudEvents source). */
    public static SourceGuid topic(String sender, String guid, @Nullable Instant versionCreated) {
        return new SourceGuid("topic:" + sender + ":" + guid.strip(), versionCreated);
    }

    /** Whether this version is newer than the newest one taken in, which may not have said when it was made. */
    public boolean isNewerThan(@Nullable Instant newestTakenIn) {
        return versionCreated != null && (newestTakenIn == null || versionCreated.isAfter(newestTakenIn));
    }
}
