package news.prism.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import news.prism.ingest.support.HttpIntakeTest;
import org.junit.jupiter.api.Test;

/**
 * How well the near-duplicate layer, as the service is configured, tells edited copies of an article from other
 * articles on the same event and from unrelated ones ({@link LabelledPairs}); the figures of the settings tried
 * before choosing are printed beside it.
 */
@MicronautTest(transactional = false)
class NearDuplicateRecallTest extends HttpIntakeTest {

    private static final long SEED = 2026;
    private static final double LEAST_RECALL = 0.95;
    private static final double LEAST_PRECISION = 0.99;
    private static final int MAX_CANDIDATES = 50;
    /** What was tried: the settings before this study first, then by shingle size. */
    private static final List<NearDuplicateSettings> ALTERNATIVES = List.of(
            new NearDuplicateSettings(0.8, 5, 128, 16, 4, MAX_CANDIDATES),
            new NearDuplicateSettings(0.4, 5, 128, 32, 2, MAX_CANDIDATES),
            new NearDuplicateSettings(0.5, 3, 128, 16, 4, MAX_CANDIDATES),
            new NearDuplicateSettings(0.5, 3, 128, 24, 3, MAX_CANDIDATES),
            new NearDuplicateSettings(0.4, 3, 128, 32, 3, MAX_CANDIDATES),
            new NearDuplicateSettings(0.45, 3, 128, 32, 2, MAX_CANDIDATES),
            new NearDuplicateSettings(0.6, 2, 128, 16, 4, MAX_CANDIDATES),
            new NearDuplicateSettings(0.55, 2, 128, 24, 3, MAX_CANDIDATES));

    @Inject
    NearDuplicateSettings configured;

    @Inject
    MinHasher hasher;

    @Test
    void linksEditedCopiesAndNoOtherArticleOnTheSameEvent() {
        LabelledPairs pairs = LabelledPairs.generate(SEED);

        LayerFigures figures = LayerFigures.measure(pairs, hasher, configured);

        System.out.printf("Near-duplicate layer as configured (%s), seed %d:%n", configured, SEED);
        System.out.printf("  recall %.4f: %d of %d edited copies linked%n", figures.recall(),
                figures.truePositives(), figures.positives());
        System.out.printf("  precision %.4f: %d of %d other articles linked (%d same-event pairs, %d unrelated)%n",
                figures.precision(), figures.falsePositives(), figures.negatives(),
                count(pairs.negatives(), "same event"), count(pairs.negatives(), "unrelated"));
        figures.missed().forEach(missed -> System.out.println("  missed: " + missed.kind()));
        System.out.println(LayerFigures.header());
        System.out.println(figures.row() + " <- configured");
        ALTERNATIVES.forEach(alternative ->
                System.out.println(LayerFigures.measure(pairs, new MinHasher(alternative), alternative).row()));
        assertThat(figures.recall()).as("recall on edited copies").isGreaterThanOrEqualTo(LEAST_RECALL);
        assertThat(figures.precision()).as("precision").isGreaterThanOrEqualTo(LEAST_PRECISION);
    }

    private static long count(List<LabelledPairs.Pair> pairs, String kind) {
        return pairs.stream().filter(pair -> pair.kind().equals(kind)).count();
    }
}
