package news.prism.ingest.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import news.prism.eventing.outbox.Outbox;
import news.prism.ingest.dedup.Signature;
import news.prism.ingest.dedup.SourceGuids.KnownGuid;
import news.prism.ingest.source.Source;
import news.prism.ingest.source.SourceVersions;

/** What a batch's decisions store, collected so that each table is written once for the whole batch. */
final class IntakeWrites {

    final List<Source> newSources = new ArrayList<>();
    /** New current versions of stored sources (or of sources new in this batch), in the order decided. */
    final List<Source> newVersions = new ArrayList<>();
    final List<SourceVersions.Taken> versions = new ArrayList<>();
    /** The latest signature of each source signed in this batch. */
    final Map<UUID, Signature> signatures = new LinkedHashMap<>();
    /** The sources whose earlier signature a new one replaces. */
    final Set<UUID> resigned = new LinkedHashSet<>();
    final Map<String, KnownGuid> guids = new LinkedHashMap<>();
    final List<Outbox.Entry> events = new ArrayList<>();

    void ingested(Source source, SignedSource signed, Outbox.Entry event) {
        newSources.add(source);
        kept(source, signed, event);
    }

    void updated(Source next, SignedSource signed, Outbox.Entry event) {
        newVersions.add(next);
        if (!signed.signature().isEmpty()) {
            resigned.add(next.id());
        }
        kept(next, signed, event);
    }

    void guid(String guid, KnownGuid recorded) {
        guids.merge(guid, recorded, KnownGuid::recordedAgain);
    }

    private void kept(Source version, SignedSource signed, Outbox.Entry event) {
        versions.add(new SourceVersions.Taken(version, signed.origin()));
        if (!signed.signature().isEmpty()) {
            signatures.put(version.id(), signed.signature());
        }
        events.add(event);
    }
}
