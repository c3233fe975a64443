package news.prism.ingest.dedup;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a batch's texts share with the stored sources, looked up before the intake takes its decision lock: for each
 * text, the sources sharing bands with it and how many, as the index stood when signatures up to {@code watermark}
 * (a {@code source_signatures.seq}) were stored. Under the lock only what was signed since needs reading.
 */
public record BandProbe(List<Signature> signatures, long watermark, List<Map<UUID, Integer>> sharedBands) {
}
