package news.prism.ingest.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import news.prism.ingest.dedup.DuplicateMatch;
import news.prism.ingest.dedup.Fingerprint;
import news.prism.ingest.dedup.MatchedBy;
import news.prism.ingest.dedup.NearDuplicates.NearDuplicateMatch;
import news.prism.ingest.dedup.SourceGuids.KnownGuid;
import news.prism.ingest.source.NormalizedSource;
import news.prism.ingest.source.Source;
import news.prism.ingest.source.SourceGuid;

/**
 * How a clean source is recognised and what becomes of it: layer by layer (its guid, its canonical URL, its text,
 * and a near-duplicate text, which is stored but linked), a new source or a new version or a duplicate. A batch's
 * sources are decided one after the other against {@link KnownSources}, which each decision updates; the writes
 * are collected in {@link #writes()} and stored afterwards.
 */
final class IntakeRules {

    private final KnownSources known;
    private final SourceEvents events;
    private final Clock clock;
    private final IntakeWrites writes = new IntakeWrites();

    IntakeRules(KnownSources known, SourceEvents events, Clock clock) {
        this.known = known;
        this.events = events;
        this.clock = clock;
    }

    IntakeWrites writes() {
        return writes;
    }

    /** @param text the source's position in the batch */
    IntakeResult decide(int text, SignedSource signed) {
        Instant now = clock.instant();
        NormalizedSource normalized = signed.source();
        SourceGuid guid = normalized.guid();
        if (guid != null) {
            Optional<KnownGuid> knownGuid = known.guid(guid.value());
            if (knownGuid.isPresent()) {
                return update(text, knownGuid.get(), signed, now);
            }
        }
        Optional<DuplicateMatch> original = known.exact().findOriginal(signed.fingerprint());
        if (original.isPresent()) {
            if (guid != null && original.get().matchedBy() == MatchedBy.CANONICAL_URL) {
                // The same address is the same article: its publisher's later versions are this source's.
                recordGuid(guid, original.get().originalId());
            }
            return duplicate(original.get());
        }
        NearDuplicateMatch nearDuplicate = known.near().mostSimilar(text).orElse(null);
        Source source = normalized.toSource(UUID.randomUUID(), signed.origin(), now, nearDuplicate);
        writes.ingested(source, signed, events.announcement(source));
        known.remember(text, source);
        if (guid != null) {
            recordGuid(guid, source.id());
        }
        return new IntakeResult.Ingested(source);
    }

    /**
     * The guid is known: a version newer than the newest taken in, saying something new, becomes the source's
     * current version, unless its address or text is that of another source; anything else is a duplicate.
     */
    private IntakeResult update(int text, KnownGuid knownGuid, SignedSource signed, Instant now) {
        NormalizedSource edit = signed.source();
        Source current = known.source(knownGuid.sourceId());
        if (!edit.guid().isNewerThan(knownGuid.versionCreated()) || current.hasSameContentAs(edit)) {
            return new IntakeResult.Duplicate(current, MatchedBy.GUID);
        }
        Fingerprint fingerprint = edit.content().fingerprint(current.id());
        Optional<DuplicateMatch> other = known.exact().findOriginal(fingerprint);
        if (other.isPresent()) {
            return duplicate(other.get());
        }
        Source next = current.nextVersion(edit, now);
        writes.updated(next, signed, events.announcement(next));
        known.remember(text, next);
        recordGuid(edit.guid(), current.id());
        return new IntakeResult.Updated(next);
    }

    private void recordGuid(SourceGuid guid, UUID sourceId) {
        KnownGuid recorded = new KnownGuid(sourceId, guid.versionCreated());
        known.remember(guid.value(), recorded);
        writes.guid(guid.value(), recorded);
    }

    private IntakeResult duplicate(DuplicateMatch match) {
        return new IntakeResult.Duplicate(known.source(match.originalId()), match.matchedBy());
    }
}
