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
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^\\n+");
    private static final Pattern ANY_SPACE = Pattern.compile("\\s+");
    private static final String PARAGRAPH_BREAK = "\n\n";

    /**
     * Text that keeps its lines and paragraphs: each line trimmed with runs of spaces (also non-breaking ones)
     * made one space, and runs of blank lines made one blank line.
     */
    public String normalizeBody(String text) {
        String trimmedLines = Arrays.stream(cleanCharacters(text).split("\n", -1))
                .map(line -> HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip())
                .collect(Collectors.joining("\n"));
        return BLANK_LINES.matcher(trimmedLines).replaceAll(PARAGRAPH_BREAK).strip();
    }

    /**
     * Text whose lines already have their layout, such as cleaned HTML where code is kept verbatim and nested list
     * items are indented: the same characters as {@link #normalizeBody}, but spaces inside a line and at its start
     * stay; only trailing spaces, runs of blank lines and blank edges go.
     */
    public String normalizeLayout(String text) {
        String trimmedLines = Arrays.stream(cleanCharacters(text).split("\n", -1))
                .map(String::stripTrailing)
                .collect(Collectors.joining("\n"));
        return LEADING_BLANK_LINES.matcher(BLANK_LINES.matcher(trimmedLines).replaceAll(PARAGRAPH_BREAK))
                .replaceAll("").stripTrailing();
    }

    /** NFC, line feeds only, no invisible characters. */
    private static String cleanCharacters(String text) {
        return INVISIBLE.matcher(LINE_BREAK.matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll("\n")).replaceAll("");
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
