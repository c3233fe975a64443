package news.prism.ingest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * An in-memory meter registry, so that the service's counters can be read at {@code /metrics} without a metrics
 * backend; an exporting registry (Prometheus, OTLP) added later joins it in Micronaut's composite registry.
 */
@Factory
class MetricsFactory {

    @Singleton
    SimpleMeterRegistry simpleMeterRegistry() {
        return new SimpleMeterRegistry();
    }
}
