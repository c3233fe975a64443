package news.prism.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    private final TextNormalizer text = new TextNormalizer();
    private final ContentHash contentHash = new ContentHash(text);

    @Test
    void collapsesSpacesWithinLinesAndKeepsParagraphs() {
        String body = "  First\u00A0 paragraph,\t still  first.\r\nSame paragraph, next line.  \r\n\r\n\r\n\n"
                + "\u2003Second paragraph.\u2028Third line\n\n";
        assertThat(text.normalizeBody(body)).isEqualTo(
                "First paragraph, still first.\nSame paragraph, next line.\n\nSecond paragraph.\nThird line");
    }

    @Test
    void dropsInvisibleAndControlCharacters() {
        assertThat(text.normalizeBody("\uFEFFZero\u200Bwidth\u0007 bell\u0000")).isEqualTo("Zerowidth bell");
    }

    @Test
    void composesUnicodeSoThatEqualTextIsEqual() {
        String decomposed = "Cafe\u0301";
        assertThat(text.normalizeBody(decomposed)).isEqualTo("Caf\u00e9");
    }

    @Test
    void putsALineOnOneLine() {
        assertThat(text.normalizeLine("  Breaking:\n  markets\t\u00A0fall \r\n")).isEqualTo("Breaking: markets fall");
    }

    @Test
    void blankTextBecomesEmpty() {
        assertThat(text.normalizeBody(" \u00A0\n\t\u200B\r\n ")).isEmpty();
        assertThat(text.normalizeLine("\u2003 \n")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" has {1} words")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            One two three                                  | 3
            It's 17.8% - up from 2025 — says the report.   | 8
            ""                                             | 0
            "- — ..."                                      | 0
            Zürich, São Paulo and Łódź                     | 5
            """)
    void countsWords(String input, int words) {
        assertThat(text.wordCount(text.normalizeBody(input))).isEqualTo(words);
    }

    @Test
    void countsWordsAcrossLines() {
        assertThat(text.wordCount(text.normalizeBody("one\ntwo\n\nthree four"))).isEqualTo(4);
    }

    @Test
    void comparesLowerCasedOnOneLine() {
        assertThat(text.comparable("The  Cabinet\n\nMet TODAY.")).isEqualTo("the cabinet met today.");
    }

    @Test
    void hashesTheComparableFormSoLayoutAndCaseDoNotMatter() {
        String original = "The cabinet met today.\n\nIt decided nothing.";
        String reformatted = "  THE CABINET   met today.\r\nIt decided\u00A0nothing.  ";
        assertThat(contentHash.of(reformatted)).isEqualTo(contentHash.of(original));
        assertThat(contentHash.of(original)).matches("[0-9a-f]{64}");
        assertThat(contentHash.of("The cabinet met yesterday.")).isNotEqualTo(contentHash.of(original));
    }

    @Test
    void hashesWithSha256() {
        // sha256("abc")
        assertThat(contentHash.of("ABC")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
