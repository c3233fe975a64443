package news.prism.ingest.dedup;

import io.micronaut.core.order.OrderUtil;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/** The exact duplicate layers, each asked once for a whole batch of fingerprints. */
@Singleton
public class Duplicates {

    private final List<DuplicateLayer> layers;

    public Duplicates(List<DuplicateLayer> layers) {
        List<DuplicateLayer> ordered = new ArrayList<>(layers);
        OrderUtil.sort(ordered);
        this.layers = List.copyOf(ordered);
    }

    public ExactMatches lookUp(Collection<Fingerprint> fingerprints) {
        Map<DuplicateLayer, Map<String, List<TakenIn>>> holders = new LinkedHashMap<>();
        for (DuplicateLayer layer : layers) {
            Set<String> values = new HashSet<>();
            fingerprints.forEach(fingerprint -> values.add(layer.valueOf(fingerprint)));
            holders.put(layer, layer.holders(values));
        }
        return new ExactMatches(holders);
    }
}
