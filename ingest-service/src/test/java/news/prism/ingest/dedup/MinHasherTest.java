package news.prism.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import news.prism.ingest.support.Articles;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    private static final NearDuplicateSettings SETTINGS = new NearDuplicateSettings(0.8, 5, 128, 16, 4, 50);

    private final MinHasher hasher = new MinHasher(SETTINGS);
    private final String strike = Articles.text("harbour-strike");
    private final String budget = Articles.text("council-budget");

    @Test
    void aTextIsIdenticalToItselfWhateverItsCaseLayoutAndPunctuation() {
        String reformatted = strike.toUpperCase().replace("\n\n", "\n").replace(",", " ,").replace("\"", "'");

        assertThat(hasher.sign(strike).similarity(hasher.sign(strike))).isEqualTo(1.0);
        assertThat(hasher.sign(reformatted)).isEqualTo(hasher.sign(strike));
    }

    @Test
    void estimatesTheJaccardSimilarityOfALightEdit() {
        String edited = Articles.lightlyEdited(strike);
        double exact = exactJaccard(strike, edited);

        double estimate = hasher.sign(strike).similarity(hasher.sign(edited));

        assertThat(exact).isBetween(0.85, 0.95);
        assertThat(estimate).isGreaterThanOrEqualTo(SETTINGS.threshold()).isCloseTo(exact, within(0.1));
    }

    @Test
    void findsUnrelatedArticlesDissimilar() {
        assertThat(hasher.sign(strike).similarity(hasher.sign(budget))).isLessThan(0.1);
    }

    @Test
    void similarTextsShareABandAndUnrelatedOnesDoNot() {
        long[] original = SETTINGS.bandHashesOf(hasher.sign(strike));
        long[] edited = SETTINGS.bandHashesOf(hasher.sign(Articles.lightlyEdited(strike)));
        long[] unrelated = SETTINGS.bandHashesOf(hasher.sign(budget));

        assertThat(original).hasSize(SETTINGS.bands());
        assertThat(sharedBands(original, edited)).isGreaterThan(SETTINGS.bands() / 4);
        assertThat(sharedBands(original, unrelated)).isZero();
    }

    @Test
    void fewerBandsAreAPrefixOfTheSameBandHashes() {
        Signature signature = hasher.sign(strike);

        assertThat(signature.bandHashes(16, 4)).containsExactly(Arrays.copyOf(signature.bandHashes(32, 4), 16));
        assertThat(signature.bandHashes(64, 4)).hasSize(32);
    }

    @Test
    void signsTheSameWayInEveryInstanceAndSurvivesStorage() {
        Signature signature = new MinHasher(SETTINGS).sign(strike);

        assertThat(hasher.sign(strike)).isEqualTo(signature);
        assertThat(Signature.fromBytes(signature.toBytes())).isEqualTo(signature);
        assertThat(signature.toBytes()).hasSize(SETTINGS.hashFunctions() * Long.BYTES);
    }

    @Test
    void aShortTextIsOneShingleAndATextWithoutWordsResemblesNothing() {
        assertThat(hasher.shingleHashes("Markets fall")).hasSize(1);
        assertThat(hasher.sign("— … !!").isEmpty()).isTrue();
        assertThat(Signature.empty().similarity(Signature.empty())).isZero();
    }

    @Test
    void refusesSettingsThatCannotBand() {
        assertThatThrownBy(() -> new NearDuplicateSettings(0.8, 5, 128, 33, 4, 50))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NearDuplicateSettings(0.8, 5, 128, 16, 0, 50))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NearDuplicateSettings(1.5, 5, 128, 16, 4, 50))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long sharedBands(long[] a, long[] b) {
        int shared = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                shared++;
            }
        }
        return shared;
    }

    private double exactJaccard(String a, String b) {
        Set<Long> first = Arrays.stream(hasher.shingleHashes(a)).boxed().collect(Collectors.toSet());
        Set<Long> second = Arrays.stream(hasher.shingleHashes(b)).boxed().collect(Collectors.toSet());
        Set<Long> union = new HashSet<>(first);
        union.addAll(second);
        first.retainAll(second);
        return (double) first.size() / union.size();
    }
}
