package news.prism.ingest.dedup;

import io.micronaut.core.order.Ordered;
import java.util.Optional;

/**
 * One way of recognising a source that was already taken in. Layers run in {@link #getOrder()} order, cheapest
 * and most certain first; they run inside the intake's transaction.
 */
public interface DuplicateLayer extends Ordered {

    Optional<DuplicateMatch> findOriginal(Fingerprint fingerprint);
}
