package news.prism.story.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Lindenport votes to buy only open-source AI for city services | lindenport-votes-to-buy-only-open-source-ai-for-city-services",
            "Zürich's council: AI, 2026!                                   | zurichs-council-ai-2026",
            "  São Paulo   and  Kraków — côte d’Ivoire                     | sao-paulo-and-krakow-cote-divoire",
            "東京                                                           | story",
            "GPT-5 vs. Llama 4: what changed?                               | gpt-5-vs-llama-4-what-changed"})
    void lowerCaseAsciiWordsJoinedByHyphens(String headline, String slug) {
        assertThat(Slugs.fromHeadline(headline, 80)).isEqualTo(slug);
    }

    @Test
    void aLongHeadlineIsCutAtAWordBoundary() {
        assertThat(Slugs.fromHeadline("City council approves the budget for next year", 20)).isEqualTo("city-council");
        assertThat(Slugs.fromHeadline("Supercalifragilisticexpialidocious", 10)).isEqualTo("supercalif");
    }

    @Test
    void takesTheFirstFreeSuffix() {
        assertThat(Slugs.firstFree("budget", Set.of())).isEqualTo("budget");
        assertThat(Slugs.firstFree("budget", Set.of("budget", "budget-2", "budget-of-2026"))).isEqualTo("budget-3");
    }
}
