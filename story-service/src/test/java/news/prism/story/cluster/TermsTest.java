package news.prism.story.cluster;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aTextOfNothingButFillerHasNoTerms() {
        assertThat(Terms.of("It is what it was, and so it will be.")).isEmpty();
        assertThat(Terms.of(null)).isEmpty();
    }
}
