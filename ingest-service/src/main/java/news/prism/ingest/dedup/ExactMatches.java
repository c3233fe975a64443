package news.prism.ingest.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the exact layers know about a batch's fingerprints: the stored sources holding their values, as looked up
 * once, and the versions taken in by the batch so far, so that a later source of the batch is recognised by an
 * earlier one exactly as if they had come one after the other.
 */
public final class ExactMatches {

    /** By layer, in the order they are asked: the sources holding each value. */
    private final Map<DuplicateLayer, Map<String, List<TakenIn>>> holders;

    ExactMatches(Map<DuplicateLayer, Map<String, List<TakenIn>>> holders) {
        this.holders = holders;
    }

    /** The earliest source, other than the fingerprint's own, that the first layer to know one names. */
    public Optional<DuplicateMatch> findOriginal(Fingerprint fingerprint) {
        for (var layer : holders.entrySet()) {
            Optional<DuplicateMatch> match = layer.getValue()
                    .getOrDefault(layer.getKey().valueOf(fingerprint), List.of()).stream()
                    .filter(holder -> !holder.sourceId().equals(fingerprint.self()))
                    .min(TakenIn.EARLIEST_FIRST)
                    .map(holder -> new DuplicateMatch(holder.sourceId(), layer.getKey().matchedBy()));
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    /** A version of {@code source} with the values of {@code fingerprint} was taken in. */
    public void remember(Fingerprint fingerprint, TakenIn source) {
        holders.forEach((layer, byValue) ->
                byValue.computeIfAbsent(layer.valueOf(fingerprint), value -> new ArrayList<>()).add(source));
    }

    /** Every source that holds a value looked for. */
    public Set<UUID> sourceIds() {
        Set<UUID> ids = new HashSet<>();
        holders.values().forEach(byValue -> byValue.values()
                .forEach(sources -> sources.forEach(source -> ids.add(source.sourceId()))));
        return ids;
    }
}
