package news.prism.ingest.dedup;

import io.micronaut.core.order.OrderUtil;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Asks each duplicate layer in turn; the first that knows the source wins. */
@Singleton
public class Duplicates {

    private final List<DuplicateLayer> layers;

    public Duplicates(List<DuplicateLayer> layers) {
        List<DuplicateLayer> ordered = new ArrayList<>(layers);
        OrderUtil.sort(ordered);
        this.layers = List.copyOf(ordered);
    }

    public Optional<DuplicateMatch> findOriginal(Fingerprint fingerprint) {
        return layers.stream()
                .map(layer -> layer.findOriginal(fingerprint))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
