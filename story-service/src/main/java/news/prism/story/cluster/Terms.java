package news.prism.story.cluster;

import com.github.benmanes.caffeine.cache.Interner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The terms of a text, for comparing texts by the words they share: lower-case ASCII words without the words that
 * say nothing about an event, each cut to a rough stem ("votes", "voted", "voting" and "vote" are one term);
 * numbers are kept whole ("38,000" and "38000" are one term), single characters are dropped.
 */
final class Terms {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,]\\p{N}+)*");
    private static final Pattern NUMBER_SEPARATOR = Pattern.compile("[.,]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final int ASCII = 0x80;
    private static final int MIN_STEM = 3;
    private static final Set<String> STOPWORDS = load("/candidates/stopwords-en.txt");
    private static final Interner<String> CANONICAL = Interner.newWeakInterner();
    // An odd 64-bit constant (2^64 divided by the golden ratio): multiplying by it spreads every character over the
    // high bits, and the fold brings them down.
    private static final long FINGERPRINT_MULTIPLIER = 0x9e3779b97f4a7c15L;
    private static final int FINGERPRINT_FOLD = 31;

    private Terms() {
    }

    static List<String> of(String text) {
        String plain = text == null ? "" : text;
        // Most texts are plain ASCII, which has no marks to strip: decomposing it would change nothing.
        if (!plain.chars().allMatch(c -> c < ASCII)) {
            plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFKD)).replaceAll("");
        }
        // "city's" is one word, not "city" and "s"
        plain = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        List<String> terms = new ArrayList<>();
        Matcher token = TOKEN.matcher(plain);
        while (token.find()) {
            String word = token.group();
            if (word.indexOf('.') >= 0 || word.indexOf(',') >= 0) {
                word = NUMBER_SEPARATOR.matcher(word).replaceAll("");
            }
            if (word.length() > 1 && !STOPWORDS.contains(word)) {
                terms.add(canonical(stem(word)));
            }
        }
        return terms;
    }

    /**
     * The one instance of this term: a term is looked up in many maps, and one instance per term makes each look-up
     * cheap (equal by identity). Caffeine's weak interner, which, like {@link String#intern}, forgets a term no longer
     * used.
     */
    static String canonical(String term) {
        return CANONICAL.intern(term);
    }

    /**
     * A 64-bit hash of the term, by which a {@link PlacedVector} holds it. It is only ever compared within this
     * process, never stored, so it need not be stable between releases; a term of a report and another of a neighbour
     * having one fingerprint by chance (odds far below one in a trillion per comparison) would add one small
     * product to their cosine. {@code TermsTest} checks that a vocabulary of half a million short terms has no two.
     */
    static long fingerprint(String term) {
        long hash = 0;
        for (int i = 0; i < term.length(); i++) {
            hash = (hash + term.charAt(i)) * FINGERPRINT_MULTIPLIER;
        }
        return hash ^ (hash >>> FINGERPRINT_FOLD);
    }

    /** A light English suffix stripper: good enough to match the forms of a word, with no claim to grammar. */
    static String stem(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return word;
            }
        }
        String stem = word;
        if (stem.endsWith("ies") && stem.length() - 3 >= MIN_STEM - 1) {
            stem = stem.substring(0, stem.length() - 3) + "y";
        } else if (stem.endsWith("ing") && stem.length() - 3 >= MIN_STEM) {
            stem = stem.substring(0, stem.length() - 3);
        } else if (stem.endsWith("ed") && stem.length() - 2 >= MIN_STEM) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.endsWith("es") && stem.length() - 2 >= MIN_STEM) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.endsWith("s") && !stem.endsWith("ss") && stem.length() - 1 >= MIN_STEM) {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.endsWith("e") && stem.length() - 1 >= MIN_STEM) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = Terms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
