package news.prism.http.input;

import java.util.Optional;

/**
 * What text a request may carry in any field: no control characters but tab, line feed and carriage return, no
 * unpaired surrogates (PostgreSQL's text and JSON types refuse them, and so would every reader's browser) and no
 * Unicode non-characters; and a value that is not empty must show something, not only invisible format characters.
 */
public final class TextRules {

    private TextRules() {
    }

    /** @return why the text may not be stored, or empty if it may */
    public static Optional<String> problem(String text) {
        boolean visible = text.isEmpty();
        boolean invisible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = text.codePointAt(i++);
                if (isNonCharacter(codePoint)) {
                    return Optional.of("must not contain the non-character " + codePointName(codePoint));
                }
                visible = true;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired surrogate (" + codePointName(c) + ")");
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of("must not contain the control character " + codePointName(c));
            } else if (isNonCharacter(c)) {
                return Optional.of("must not contain the non-character " + codePointName(c));
            } else if (Character.getType(c) == Character.FORMAT) {
                invisible = true;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible = true;
            }
        }
        if (invisible && !visible) {
            return Optional.of("must not consist of invisible characters only");
        }
        return Optional.empty();
    }

    /** U+FDD0..U+FDEF and the last two code points of every plane. */
    private static boolean isNonCharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static String codePointName(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
