package news.prism.ingest.normalize;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.List;

/** {@code prism.ingest.normalize.*}: the query parameters that only track readers and never name content. */
@ConfigurationProperties("prism.ingest.normalize")
public record NormalizeSettings(List<String> trackingParameters) {

    public NormalizeSettings {
        trackingParameters = trackingParameters == null ? List.of() : List.copyOf(trackingParameters);
    }
}
