package news.prism.ingest.intake;

import jakarta.inject.Singleton;
import news.prism.eventing.outbox.Outbox;
import news.prism.ingest.dedup.NearDuplicates;
import news.prism.ingest.dedup.SourceGuids;
import news.prism.ingest.source.SourceRepository;
import news.prism.ingest.source.SourceVersions;

/** Stores, in the caller's transaction, what a batch's decisions collected, one statement (or one round trip) per table. */
@Singleton
class IntakeStore {

    private final SourceRepository sources;
    private final SourceVersions versions;
    private final NearDuplicates nearDuplicates;
    private final SourceGuids guids;
    private final Outbox outbox;

    IntakeStore(SourceRepository sources, SourceVersions versions, NearDuplicates nearDuplicates, SourceGuids guids,
                Outbox outbox) {
        this.sources = sources;
        this.versions = versions;
        this.nearDuplicates = nearDuplicates;
        this.guids = guids;
        this.outbox = outbox;
    }

    /**
     * New sources first: a new version, a near-duplicate link or a guid may name one of them.
     *
     * @throws SourceTakenException when a concurrent intake took one of the sources' canonical URLs or texts
     */
    void write(IntakeWrites writes) {
        if (!sources.insertAllIfNew(writes.newSources) || !sources.updateAllToVersion(writes.newVersions)) {
            throw new SourceTakenException("A concurrent intake took a canonical URL or text of this batch");
        }
        versions.recordAll(writes.versions);
        nearDuplicates.storeAll(writes.signatures, writes.resigned);
        guids.recordAll(writes.guids);
        outbox.addAll(writes.events);
    }
}
