package news.prism.story.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {

    @Test
    void keepsTheWordsThatNameAnEvent() {
        assertThat(Terms.of("The council's vote: Zürich closes its Harbour Bridge after 38,000 cars a day!"))
                .containsExactly("council", "vot", "zurich", "clos", "harbour", "bridg", "38000", "car", "day");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "votes, vot", "voted, vot", "voting, vot", "vote, vot",
            "cities, city", "city, city", "girders, girder", "centres, centr", "centre, centr",
            "bus, bus", "buses, bus", "press, press", "35c, 35c", "2026, 2026"})
    void formsOfAWordShareOneStem(String word, String stem) {
        assertThat(Terms.stem(word)).isEqualTo(stem);
    }

    @Test
    void everyTermOfALargeVocabularyHasAFingerprintOfItsOwn() {
        // Every string of one to four letters and every number below 100,000: short terms that differ in one place
        // are where a weak hash collides first.
        Set<String> vocabulary = new HashSet<>();
        StringBuilder term = new StringBuilder();
        addEveryWord(term, 4, vocabulary);
        IntStream.range(0, 100_000).forEach(number -> vocabulary.add(Integer.toString(number)));
        Set<Long> fingerprints = new HashSet<>();
        vocabulary.forEach(each -> fingerprints.add(Terms.fingerprint(each)));
        assertThat(fingerprints).hasSameSizeAs(vocabulary);
    }

    private static void addEveryWord(StringBuilder prefix, int letters, Set<String> into) {
        for (char letter = 'a'; letter <= 'z'; letter++) {
            prefix.append(letter);
            into.add(prefix.toString());
            if (letters > 1) {
                addEveryWord(prefix, letters - 1, into);
            }
            prefix.setLength(prefix.length() - 1);
        }
    }

    @Test
    void aTextOfNothingButFillerHasNoTerms() {
        assertThat(Terms.of("It is what it was, and so it will be.")).isEmpty();
        assertThat(Terms.of(null)).isEmpty();
    }
}
