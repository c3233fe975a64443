package news.prism.story.cluster;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code prism.candidates.*}: how sources are grouped into story candidates.
 *
 * @param similarityThreshold how alike (TF-IDF cosine, 0 to 1) a new source must be to a recent one to join it.
 *        0.3: in short same-city news texts (see the tests' NewsTexts), reports of one event from different outlets
 *        scored 0.23 to 0.53 against each other and reports of different events at most 0.20 (a ferry strike
 *        against a bridge closure that diverts traffic to the ferries); 0.3 lies halfway between the highest
 *        unrelated score and the link two of three reports always had, and the third joins through either of them.
 * @param window how far apart in time (by published, else ingested time) two reports of one event can be
 * @param titleWeight how many times a title's words count against the text's
 * @param listLimit how many candidates {@code GET /api/candidates} lists at most
 */
@ConfigurationProperties("prism.candidates")
public record ClusterSettings(
        @Bindable(defaultValue = "0.3") double similarityThreshold,
        @Bindable(defaultValue = "7d") Duration window,
        @Bindable(defaultValue = "2") int titleWeight,
        @Bindable(defaultValue = "100") int listLimit) {
}
