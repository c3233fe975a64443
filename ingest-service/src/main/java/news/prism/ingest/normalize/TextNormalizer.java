package news.prism.ingest.normalize;

import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Cleans text so that two copies of one article compare equal however they were typed or exported:
 * Unicode NFC, one kind of line break, no invisible characters, single spaces.
 */
@Singleton
public class TextNormalizer {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    /** Zero-width space, word joiner and byte-order mark, and control characters other than line feed and tab. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF]|[\\p{Cc}&&[^\\n\\t]]");
    /** Below this code point every character is already in NFC (Unicode's NFC quick check says yes). */
    private static final char FIRST_NOT_SURELY_NFC = '\u0300';
    private static final String PARAGRAPH_BREAK = "\n\n";
    private static final String TOO_MANY_LINE_FEEDS = PARAGRAPH_BREAK + "\n";

    /**
     * Text that keeps its lines and paragraphs: each line trimmed with runs of spaces (also non-breaking ones)
     * made one space, and runs of blank lines made one blank line.
     */
    public String normalizeBody(String text) {
        String clean = cleanCharacters(text);
        return collapseBlankLines(mapLines(clean,
                line -> collapseRuns(line, TextNormalizer::isHorizontalSpace).strip())).strip();
    }

    /**
     * Text whose lines already have their layout, such as cleaned HTML where code is kept verbatim and nested list
     * items are indented: the same characters as {@link #normalizeBody}, but spaces inside a line and at its start
     * stay; only trailing spaces, runs of blank lines and blank edges go.
     */
    public String normalizeLayout(String text) {
        String clean = cleanCharacters(text);
        String collapsed = collapseBlankLines(mapLines(clean, String::stripTrailing));
        int firstText = 0;
        while (firstText < collapsed.length() && collapsed.charAt(firstText) == '\n') {
            firstText++;
        }
        return collapsed.substring(firstText).stripTrailing();
    }

    /** Text on one line, such as a title or an outlet name: every run of white space becomes one space. */
    public String normalizeLine(String text) {
        return collapseRuns(normalizeBody(text), TextNormalizer::isAsciiSpace);
    }

    /** The form two texts are compared in: normalised, on one line, lower-case. */
    public String comparable(String text) {
        return normalizeLine(text).toLowerCase(Locale.ROOT);
    }

    /** Runs of non-space characters that hold at least one letter or digit (a lone dash is no word). */
    public int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint <= Character.MAX_VALUE && isAsciiSpace((char) codePoint)) {
                inWord = false;
            } else if (!inWord && Character.isLetterOrDigit(codePoint)) {
                inWord = true;
                words++;
            }
            i += Character.charCount(codePoint);
        }
        return words;
    }

    /** NFC, line feeds only, no invisible characters; the text itself, without a regex pass, when it already is so. */
    private static String cleanCharacters(String text) {
        return isClean(text) ? text : INVISIBLE.matcher(LINE_BREAK.matcher(Normalizer.normalize(text,
                Normalizer.Form.NFC)).replaceAll("\n")).replaceAll("");
    }

    private static boolean isClean(String text) {
        boolean maybeNotNfc = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreakOtherThanLineFeed(c) || isInvisible(c)) {
                return false;
            }
            maybeNotNfc |= c >= FIRST_NOT_SURELY_NFC;
        }
        return !maybeNotNfc || Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /**
     * The text's lines (split at line feeds), each changed by {@code change}, joined by line feeds again; the text
     * itself when {@code change} gives every line back as it is.
     */
    private static String mapLines(String text, UnaryOperator<String> change) {
        StringBuilder lines = new StringBuilder(text.length());
        boolean changed = false;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            String changedLine = change.apply(line);
            changed |= changedLine != line;
            lines.append(changedLine);
            if (end < 0) {
                return changed ? lines.toString() : text;
            }
            lines.append('\n');
            start = end + 1;
        }
    }

    /** Each maximal run of {@code member} characters made one space; the text itself when every run already is. */
    private static String collapseRuns(String text, CharPredicate member) {
        StringBuilder collapsed = null;
        int copiedUpTo = 0;
        for (int i = 0; i < text.length(); ) {
            if (!member.test(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && member.test(text.charAt(end))) {
                end++;
            }
            if (end - i > 1 || text.charAt(i) != ' ') {
                if (collapsed == null) {
                    collapsed = new StringBuilder(text.length());
                }
                collapsed.append(text, copiedUpTo, i).append(' ');
                copiedUpTo = end;
            }
            i = end;
        }
        return collapsed == null ? text : collapsed.append(text, copiedUpTo, text.length()).toString();
    }

    /** Runs of more than one blank line made one blank line; the text itself when it has none. */
    private static String collapseBlankLines(String text) {
        if (!text.contains(TOO_MANY_LINE_FEEDS)) {
            return text;
        }
        StringBuilder collapsed = new StringBuilder(text.length());
        int lineFeeds = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            lineFeeds = c == '\n' ? lineFeeds + 1 : 0;
            if (lineFeeds <= PARAGRAPH_BREAK.length()) {
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    /** {@code \h} of {@link Pattern}. */
    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180E'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** {@code \s} of {@link Pattern}. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What {@code \R} matches, apart from a line feed that stays one. */
    private static boolean isLineBreakOtherThanLineFeed(char c) {
        return c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** What {@link #INVISIBLE} matches. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF'
                || (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t');
    }

    @FunctionalInterface
    private interface CharPredicate {
        boolean test(char c);
    }
}
