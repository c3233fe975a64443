package news.prism.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.prism.ingest.support.Articles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The normaliser scans text instead of running regexes and returns clean text as it is; its results are exactly
 * those of the regex implementation it replaced, kept here as the reference.
 */
class TextNormalizerFastPathTest {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF]|[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("\\h+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^\\n+");
    private static final Pattern ANY_SPACE = Pattern.compile("\\s+");

    private final TextNormalizer text = new TextNormalizer();

    static Stream<String> texts() {
        Stream<String> edges = Stream.of(
                "",
                " ",
                "\n\n\n",
                "Already clean.\n\nTwo paragraphs.",
                "  First\u00A0 paragraph,\t still  first.\r\nSame paragraph.  \r\n\r\n\r\n\n\u2003Second.\u2028Third\n\n",
                "\uFEFFZero\u200Bwidth\u0007 bell\u0000 and \u0085next\u000Bvertical\fform\u2029paragraph\u2060joined",
                "Cafe\u0301 and caf\u00e9, “curly quotes” — dashes – and … ellipses",
                "\n\n  indented code\n    deeper\n\n\n\n\tTabbed line\t \nlast line   ",
                "\u1680ogham\u180Emongolian\u2000en\u200Aquad\u202Fnarrow\u205Fmath\u3000ideographic \u0009 end",
                "\u001C\u001D\u001E\u001F separators \u007F delete \u009F application",
                "İSTANBUL ΣΊΣΥΦΟΣ 😀 𝒜𝓁𝓅𝒽𝒶 lone \uD800 surrogate",
                "It's 17.8% - up from 2025 — says the report. - — ...",
                "one\ntwo\n\nthree four\n\n\n\n\nfive");
        return Stream.concat(Articles.all(), edges);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void normalisesExactlyAsTheRegexImplementation(String input) {
        assertThat(text.normalizeBody(input)).isEqualTo(referenceBody(input));
        assertThat(text.normalizeLayout(input)).isEqualTo(referenceLayout(input));
        assertThat(text.normalizeLine(input)).isEqualTo(ANY_SPACE.matcher(referenceBody(input)).replaceAll(" "));
        assertThat(text.comparable(input))
                .isEqualTo(ANY_SPACE.matcher(referenceBody(input)).replaceAll(" ").toLowerCase(Locale.ROOT));
        assertThat(text.wordCount(input)).isEqualTo(referenceWordCount(input));
        assertThat(text.wordCount(text.normalizeBody(input))).isEqualTo(referenceWordCount(referenceBody(input)));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void normalisesItsOwnResultToItself(String input) {
        String body = text.normalizeBody(input);

        assertThat(text.normalizeBody(body)).isSameAs(body).isEqualTo(referenceBody(body));
    }

    private static String referenceBody(String input) {
        String trimmedLines = Arrays.stream(referenceClean(input).split("\n", -1))
                .map(line -> HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip())
                .collect(Collectors.joining("\n"));
        return BLANK_LINES.matcher(trimmedLines).replaceAll("\n\n").strip();
    }

    private static String referenceLayout(String input) {
        String trimmedLines = Arrays.stream(referenceClean(input).split("\n", -1))
                .map(String::stripTrailing)
                .collect(Collectors.joining("\n"));
        return LEADING_BLANK_LINES.matcher(BLANK_LINES.matcher(trimmedLines).replaceAll("\n\n"))
                .replaceAll("").stripTrailing();
    }

    private static String referenceClean(String input) {
        return INVISIBLE.matcher(LINE_BREAK.matcher(Normalizer.normalize(input, Normalizer.Form.NFC))
                .replaceAll("\n")).replaceAll("");
    }

    private static int referenceWordCount(String input) {
        return (int) Arrays.stream(ANY_SPACE.split(input.strip()))
                .filter(token -> token.codePoints().anyMatch(Character::isLetterOrDigit))
                .count();
    }
}
