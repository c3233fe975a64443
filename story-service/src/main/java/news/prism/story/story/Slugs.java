package news.prism.story.story;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** URL names of stories: the headline's words in lower-case ASCII, joined by '-'. */
public final class Slugs {

    /** For a headline without a single ASCII letter or digit. */
    static final String FALLBACK = "story";

    private Slugs() {
    }

    /** "Zürich's council votes: open-source AI, 2026!" becomes "zurichs-council-votes-open-source-ai-2026". */
    public static String fromHeadline(String headline, int maxLength) {
        String ascii = Normalizer.normalize(headline == null ? "" : headline, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                // "city's" is one word, not "city" and "s"
                .replaceAll("['’]", "");
        String words = Arrays.stream(ascii.split("[^a-z0-9]+"))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.joining("-"));
        if (words.length() > maxLength) {
            int lastBreak = words.lastIndexOf('-', maxLength);
            words = lastBreak > 0 ? words.substring(0, lastBreak) : words.substring(0, maxLength);
        }
        return words.isEmpty() ? FALLBACK : words;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... whichever is not {@code taken}. */
    public static String firstFree(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int suffix = 2; ; suffix++) {
            String candidate = base + "-" + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
