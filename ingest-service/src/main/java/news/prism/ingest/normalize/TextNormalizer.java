package news.prism.ingest.normalize;

import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cleans text so that two copies of one article compare equal however they were typed or exported:
 * Unicode NFC, one kind of line break, no invisible characters, single spaces.
 */
@Singleton
public class TextNormalizer {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    /** Zero-width space, word joiner and byte-order mark, and control characters other than line feed and tab. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF]|[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("\\h+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern ANY_SPACE = Pattern.compile("\\s+");
    private static final String PARAGRAPH_BREAK = "\n\n";

    /**
     * Text that keeps its lines and paragraphs: each line trimmed with runs of spaces (also non-breaking ones)
     * made one space, and runs of blank lines made one blank line.
     */
    public String normalizeBody(String text) {
        String lines = INVISIBLE.matcher(LINE_BREAK.matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll("\n")).replaceAll("");
        String trimmedLines = Arrays.stream(lines.split("\n", -1))
                .map(line -> HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip())
                .collect(Collectors.joining("\n"));
        return BLANK_LINES.matcher(trimmedLines).replaceAll(PARAGRAPH_BREAK).strip();
    }

    /** Text on one line, such as a title or an outlet name: every run of white space becomes one space. */
    public String normalizeLine(String text) {
        return ANY_SPACE.matcher(normalizeBody(text)).replaceAll(" ");
    }

    /** The form two texts are compared in: normalised, on one line, lower-case. */
    public String comparable(String text) {
        return normalizeLine(text).toLowerCase(Locale.ROOT);
    }

    /** Runs of non-space characters that hold at least one letter or digit (a lone dash is no word). */
    public int wordCount(String text) {
        return (int) Arrays.stream(ANY_SPACE.split(text.strip()))
                .filter(token -> token.codePoints().anyMatch(Character::isLetterOrDigit))
                .count();
    }
}
