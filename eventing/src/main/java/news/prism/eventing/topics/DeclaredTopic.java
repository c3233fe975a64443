package news.prism.eventing.topics;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * One entry of {@code prism.kafka.topics}: a topic this service owns, created at startup if absent and kept at this
 * retention. {@code retention} is {@code forever} (a publishing log that a consumer starting a year late rebuilds
 * from) or a duration such as {@code 7d}.
 */
@EachProperty(value = "prism.kafka.topics", list = true)
public record DeclaredTopic(
        String name,
        @Bindable(defaultValue = "3") int partitions,
        @Bindable(defaultValue = "1") short replicationFactor,
        @Bindable(defaultValue = "7d") String retention) {

    public static final String FOREVER = "forever";
}
