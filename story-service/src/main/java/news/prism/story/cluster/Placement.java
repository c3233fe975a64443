package news.prism.story.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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

    /** A recent unassigned source and the candidate it is in, if any. */
    public record Neighbour(SourceText text, UUID cluster) {
    }

    /** @return nothing when the source is alike to none of its neighbours */
    public static Optional<Placement> of(SourceText arriving, List<Neighbour> neighbours, double threshold,
                                         int titleWeight) {
        List<Double> scores = Similarity.of(arriving, neighbours.stream().map(Neighbour::text).toList(), titleWeight);
        List<Neighbour> alike = new ArrayList<>();
        for (int i = 0; i < neighbours.size(); i++) {
            if (scores.get(i) >= threshold) {
                alike.add(neighbours.get(i));
            }
        }
        if (alike.isEmpty()) {
            return Optional.empty();
        }
        alike.sort(Comparator.comparing((Neighbour n) -> n.text().time()).thenComparing(n -> n.text().sourceId()));
        Set<UUID> clusters = new LinkedHashSet<>();
        List<String> joining = new ArrayList<>();
        joining.add(arriving.sourceId());
        for (Neighbour neighbour : alike) {
            if (neighbour.cluster() == null) {
                joining.add(neighbour.text().sourceId());
            } else {
                clusters.add(neighbour.cluster());
            }
        }
        UUID kept = clusters.stream().findFirst().orElse(null);
        clusters.remove(kept);
        return Optional.of(new Placement(kept, Set.copyOf(clusters), List.copyOf(joining)));
    }
}
