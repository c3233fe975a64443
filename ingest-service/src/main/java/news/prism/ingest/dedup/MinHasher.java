package news.prism.ingest.dedup;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Signs a text for near-duplicate detection: its words (letters and digits, lower-case; punctuation, markup
 * leftovers and layout ignored) in shingles of {@code shingle-words} consecutive words, each shingle hashed, and
 * for each of the {@code hash-functions} functions the least hash kept. A text shorter than one shingle is one
 * shingle of all its words.
 */
@Singleton
public class MinHasher {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final NearDuplicateSettings settings;
    private final long[] seeds;

    public MinHasher(NearDuplicateSettings settings) {
        this.settings = settings;
        this.seeds = Hashing.seeds(settings.hashFunctions());
    }

    public Signature sign(String text) {
        long[] shingles = shingleHashes(text);
        if (shingles.length == 0) {
            return Signature.empty();
        }
        long[] minima = new long[seeds.length];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long hash = Hashing.mix(shingle ^ seeds[i]);
                if (hash < minima[i]) {
                    minima[i] = hash;
                }
            }
        }
        return new Signature(minima);
    }

    /** The distinct hashes of the text's word shingles. */
    long[] shingleHashes(String text) {
        String[] words = Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .toArray(String[]::new);
        if (words.length == 0) {
            return new long[0];
        }
        int size = Math.min(settings.shingleWords(), words.length);
        List<String> wordList = Arrays.asList(words);
        return IntStream.rangeClosed(0, words.length - size)
                .mapToLong(start -> Hashing.hash(String.join(" ", wordList.subList(start, start + size))))
                .distinct()
                .toArray();
    }
}
