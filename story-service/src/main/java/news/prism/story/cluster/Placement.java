package news.prism.story.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where a newly arrived source goes among the candidates: with every recent unassigned source it is alike enough
 * to. Those already in a candidate bring their whole candidate, so candidates that the new source links are merged
 * into one (single link); the one whose earliest linked source is oldest keeps its id.
 *
 * @param cluster the candidate to join, or null to start a new one
 * @param merged the candidates to fold into {@code cluster}
 * @param joining the sources to add to it that are in no candidate yet: the new one first
 */
public record Placement(UUID cluster, Set<UUID> merged, List<String> joining) {

    /** A recent unassigned source, by its id and time, and the candidate it is in, if any. */
    public record Neighbour(String sourceId, Instant time, UUID cluster) {

        Neighbour inCluster(UUID current) {
            return new Neighbour(sourceId, time, current);
        }
    }

    /** Those of the neighbours (with their vectors) that the arriving source (with its vector) is alike enough to. */
    static List<Neighbour> alike(PlacedVector arriving, List<Neighbour> neighbours, List<PlacedVector> vectors,
                                 double threshold) {
        Map<Long, Double> byFingerprint = arriving.byFingerprint();
        return alike(neighbours, vectors.stream().map(vector -> vector.cosine(byFingerprint)).toList(), threshold);
    }

    /** @return nothing when there is no alike neighbour */
    static Optional<Placement> linking(SourceText arriving, List<Neighbour> alike) {
        if (alike.isEmpty()) {
            return Optional.empty();
        }
        List<Neighbour> linked = new ArrayList<>(alike);
        linked.sort(Comparator.comparing(Neighbour::time).thenComparing(Neighbour::sourceId));
        Set<UUID> clusters = new LinkedHashSet<>();
        List<String> joining = new ArrayList<>();
        joining.add(arriving.sourceId());
        for (Neighbour neighbour : linked) {
            if (neighbour.cluster() == null) {
                joining.add(neighbour.sourceId());
            } else {
                clusters.add(neighbour.cluster());
            }
        }
        UUID kept = clusters.stream().findFirst().orElse(null);
        clusters.remove(kept);
        return Optional.of(new Placement(kept, Set.copyOf(clusters), List.copyOf(joining)));
    }

    static List<Neighbour> alike(List<Neighbour> neighbours, List<Double> scores, double threshold) {
        List<Neighbour> alike = new ArrayList<>();
        for (int i = 0; i < neighbours.size(); i++) {
            if (scores.get(i) >= threshold) {
                alike.add(neighbours.get(i));
            }
        }
        return alike;
    }
}
