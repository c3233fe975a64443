package news.prism.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import news.prism.ingest.support.Articles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stored signatures must keep comparing with new ones: the signer gives exactly the values of the first
 * implementation, kept here as the reference (regex word split, each shingle joined into a string and hashed).
 */
class MinHasherCompatibilityTest {

    private static final NearDuplicateSettings SETTINGS = new NearDuplicateSettings(0.8, 5, 128, 16, 4, 50);
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final MinHasher hasher = new MinHasher(SETTINGS);

    static Stream<String> texts() {
        Stream<String> edges = Stream.of(
                "Markets fall",
                "One",
                "— … !!",
                "",
                "  Leading and trailing   punctuation... \"quoted\" (words) — dash-joined, it's 17.8% up  ",
                "Zürich, São Paulo and Łódź: Ⅻ apostles, ½ price, ٣ digits, 𝒜𝓁𝓅𝒽𝒶 and 😀 emoji between 𝟘 words",
                "İSTANBUL ΣΊΣΥΦΟΣ STRASSE ǅemal: letters whose lower case changes length or form",
                "Cafe\u0301 decomposed, zero\u200Bwidth, tab\tand\nline\r\nbreaks, lone \uD800 surrogate",
                Articles.lightlyEdited(Articles.text("harbour-strike")).toUpperCase(Locale.ROOT));
        return Stream.concat(Articles.all(), edges);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void signsExactlyAsTheFirstImplementation(String text) {
        assertThat(hasher.sign(text)).isEqualTo(referenceSignature(text));
        assertThat(hasher.shingleHashes(text)).containsExactlyInAnyOrder(referenceShingleHashes(text));
    }

    private static Signature referenceSignature(String text) {
        long[] shingles = referenceShingleHashes(text);
        if (shingles.length == 0) {
            return Signature.empty();
        }
        long[] seeds = Hashing.seeds(SETTINGS.hashFunctions());
        long[] minima = new long[seeds.length];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                minima[i] = Math.min(minima[i], Hashing.mix(shingle ^ seeds[i]));
            }
        }
        return new Signature(minima);
    }

    private static long[] referenceShingleHashes(String text) {
        String[] words = Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .toArray(String[]::new);
        if (words.length == 0) {
            return new long[0];
        }
        int size = Math.min(SETTINGS.shingleWords(), words.length);
        List<String> wordList = Arrays.asList(words);
        return IntStream.rangeClosed(0, words.length - size)
                .mapToLong(start -> fnv1a(String.join(" ", wordList.subList(start, start + size))))
                .distinct()
                .toArray();
    }

    private static long fnv1a(String text) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= FNV_PRIME;
        }
        return Hashing.mix(hash);
    }
}
