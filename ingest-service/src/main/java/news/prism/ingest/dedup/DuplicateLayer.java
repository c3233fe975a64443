package news.prism.ingest.dedup;

import io.micronaut.core.order.Ordered;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One way of recognising a source that was already taken in: by a value of its fingerprint that an earlier version
 * held. Layers are asked in {@link #getOrder()} order, cheapest and most certain first; they look up inside the
 * intake's transaction.
 */
public interface DuplicateLayer extends Ordered {

    MatchedBy matchedBy();

    /** The value this layer compares. */
    String valueOf(Fingerprint fingerprint);

    /** The stored sources holding each of {@code values} in any version, in one look-up for a whole batch. */
    Map<String, List<TakenIn>> holders(Collection<String> values);
}
