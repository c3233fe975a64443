package news.prism.ingest.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import java.util.List;
import java.util.Locale;
import news.prism.ingest.dedup.MatchedBy;
import news.prism.ingest.source.Channel;

/**
 * Counts what the intake decides, at {@code /prometheus} and {@code /metrics}: {@value #INTAKE} by {@code channel} (http, topic, feed) and
 * {@code outcome} (ingested, updated, duplicate, rejected), and {@value #DEDUP} by the de-duplication {@code layer}
 * that recognised a source (guid, canonical-url, content-hash, near-duplicate).
 */
@Context
public class IntakeMetrics {

    static final String INTAKE = "prism.ingest.intake";
    static final String DEDUP = "prism.ingest.dedup";
    static final String NEAR_DUPLICATE = "near-duplicate";
    private static final List<String> OUTCOMES = List.of("ingested", "updated", "duplicate", "rejected");

    private final MeterRegistry registry;

    /**
     * Created with the application ({@code @Context}) and every counter with it, at zero, so that a scraper sees
     * each layer and outcome before its first occurrence.
     */
    public IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (MatchedBy matchedBy : MatchedBy.values()) {
            layer(matchedBy);
        }
        layer(NEAR_DUPLICATE);
        for (Channel channel : Channel.values()) {
            for (String outcome : OUTCOMES) {
                intake(channel, outcome);
            }
        }
    }

    public void count(Channel channel, IntakeResult result) {
        String outcome = switch (result) {
            case IntakeResult.Ingested ingested -> {
                if (ingested.source().nearDuplicateOf() != null) {
                    layer(NEAR_DUPLICATE).increment();
                }
                yield "ingested";
            }
            case IntakeResult.Updated updated -> "updated";
            case IntakeResult.Duplicate duplicate -> {
                layer(duplicate.matchedBy()).increment();
                yield "duplicate";
            }
            case IntakeResult.Rejected rejected -> "rejected";
        };
        intake(channel, outcome).increment();
    }

    private Counter intake(Channel channel, String outcome) {
        return Counter.builder(INTAKE).description("Submissions by input path and outcome")
                .tag("channel", channel.name().toLowerCase(Locale.ROOT)).tag("outcome", outcome)
                .register(registry);
    }

    private Counter layer(MatchedBy matchedBy) {
        return layer(matchedBy.label());
    }

    private Counter layer(String layer) {
        return Counter.builder(DEDUP).description("Sources recognised, by de-duplication layer")
                .tag("layer", layer).register(registry);
    }
}
