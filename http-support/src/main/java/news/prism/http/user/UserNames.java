package news.prism.http.user;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one spelling of a user's name that Prism compares and stores: a token's subject in Unicode NFKC (fullwidth
 * and other compatibility forms become their plain letters), without white space at either end, each inner run of
 * white space (tab, no-break space, ...) one space, in lower case. A subject that names no one that way is refused:
 * empty, longer than {@value #MAX_LENGTH} characters, or holding a character that cannot be seen or has no meaning
 * (control and format characters such as the zero-width space, joiners, the byte order mark and bidi controls,
 * private-use, unassigned and lone surrogate code points).
 */
public final class UserNames {

    /** Code points, after normalisation; far more than any newsroom login or system name needs. */
    public static final int MAX_LENGTH = 128;

    private static final Pattern EDGE_SPACE = Pattern.compile("^\\p{IsWhite_Space}+|\\p{IsWhite_Space}+$");
    private static final Pattern INNER_SPACE = Pattern.compile("\\p{IsWhite_Space}+");
    private static final String ONE_SPACE = " ";

    /**
     * Default-ignorable code points that are letters or marks rather than format characters, so that their
     * category does not give them away: the combining grapheme joiner, the Hangul fillers, the Khmer inherent
     * vowels and the variation selectors.
     */
    private static final int[][] IGNORABLE_RANGES = {
            {0x034F, 0x034F}, {0x115F, 0x1160}, {0x17B4, 0x17B5}, {0x180B, 0x180F}, {0x3164, 0x3164},
            {0xFE00, 0xFE0F}, {0xFFA0, 0xFFA0}, {0xE0100, 0xE01EF}};

    private UserNames() {
    }

    /**
     * The normalised name of a token's subject.
     *
     * @throws IllegalArgumentException saying why the subject names no one
     */
    public static String normalise(String subject) {
        if (subject == null) {
            throw new IllegalArgumentException("there is no subject");
        }
        String spaced = foldSpaces(Normalizer.normalize(subject, Normalizer.Form.NFKC));
        if (spaced.isEmpty()) {
            throw new IllegalArgumentException("the subject is empty or only white space");
        }
        int length = spaced.codePointCount(0, spaced.length());
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("the subject is " + length + " characters long, more than "
                    + MAX_LENGTH);
        }
        spaced.codePoints().filter(UserNames::unseen).findFirst().ifPresent(codePoint -> {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the subject holds U+%04X, a character that cannot be seen or is not assigned", codePoint));
        });
        return lowerCase(spaced);
    }

    /**
     * A name stored before subjects were normalised, spelt as {@link #normalise} would have: the characters it
     * refuses are left out rather than refused, so that an old name still matches the user it stood for.
     */
    public static String comparable(String stored) {
        StringBuilder seen = new StringBuilder();
        foldSpaces(Normalizer.normalize(stored, Normalizer.Form.NFKC)).codePoints()
                .filter(codePoint -> !unseen(codePoint))
                .forEach(seen::appendCodePoint);
        return lowerCase(foldSpaces(seen.toString()));
    }

    private static String foldSpaces(String name) {
        return INNER_SPACE.matcher(EDGE_SPACE.matcher(name).replaceAll("")).replaceAll(ONE_SPACE);
    }

    /** NFKC again after lower-casing, so that the name stays in NFKC whatever the case mapping gave. */
    private static String lowerCase(String name) {
        return Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    }

    private static boolean unseen(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.UNASSIGNED -> true;
            default -> ignorable(codePoint);
        };
    }

    private static boolean ignorable(int codePoint) {
        for (int[] range : IGNORABLE_RANGES) {
            if (codePoint >= range[0] && codePoint <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
