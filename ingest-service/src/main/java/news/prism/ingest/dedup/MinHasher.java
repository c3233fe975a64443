package news.prism.ingest.dedup;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * Signs a text for near-duplicate detection: its words (letters and digits, lower-case; punctuation, markup
 * leftovers and layout ignored) in shingles of {@code shingle-words} consecutive words, each shingle hashed, and
 * for each of the {@code hash-functions} functions the least hash kept. A text shorter than one shingle is one
 * shingle of all its words.
 */
@Singleton
public class MinHasher {

    private static final char WORD_SEPARATOR = ' ';
    private static final int INITIAL_WORDS = 256;

    private final NearDuplicateSettings settings;
    private final long[] seeds;

    public MinHasher(NearDuplicateSettings settings) {
        this.settings = settings;
        this.seeds = Hashing.seeds(settings.hashFunctions());
    }

    public Signature sign(String text) {
        long[] shingles = shingleHashesOf(text.toLowerCase(Locale.ROOT));
        if (shingles.length == 0) {
            return Signature.empty();
        }
        // One function at a time over all shingles keeps the running minimum in a register; a repeated shingle
        // cannot change a minimum, so the hashes need not be distinct here.
        long[] minima = new long[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            long seed = seeds[i];
            long minimum = Long.MAX_VALUE;
            for (long shingle : shingles) {
                minimum = Math.min(minimum, Hashing.mix(shingle ^ seed));
            }
            minima[i] = minimum;
        }
        return new Signature(minima);
    }

    /**
     * The distinct hashes of the text's word shingles, in no particular order. Each shingle is hashed as its words
     * joined by single spaces would be, straight from the text's characters.
     */
    long[] shingleHashes(String text) {
        return LongStream.of(shingleHashesOf(text.toLowerCase(Locale.ROOT))).sorted().distinct().toArray();
    }

    /** The hash of each shingle of a lower-case text, in text order, repeats included. */
    private long[] shingleHashesOf(String lowerCase) {
        Words words = Words.of(lowerCase);
        if (words.count == 0) {
            return new long[0];
        }
        int size = Math.min(settings.shingleWords(), words.count);
        long[] hashes = new long[words.count - size + 1];
        for (int first = 0; first < hashes.length; first++) {
            long hash = Hashing.FNV_OFFSET;
            for (int word = first; word < first + size; word++) {
                if (word > first) {
                    hash = Hashing.fnvStep(hash, WORD_SEPARATOR);
                }
                for (int i = words.starts[word]; i < words.ends[word]; i++) {
                    hash = Hashing.fnvStep(hash, lowerCase.charAt(i));
                }
            }
            hashes[first] = Hashing.mix(hash);
        }
        return hashes;
    }

    /** Where the words are: maximal runs of letters and digits (code points), as char offsets. */
    private static final class Words {

        private int[] starts = new int[INITIAL_WORDS];
        private int[] ends = new int[INITIAL_WORDS];
        private int count;

        static Words of(String text) {
            Words words = new Words();
            int start = -1;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                boolean wordCharacter = Character.isLetter(codePoint) || isNumber(codePoint);
                if (wordCharacter && start < 0) {
                    start = i;
                } else if (!wordCharacter && start >= 0) {
                    words.add(start, i);
                    start = -1;
                }
                i += Character.charCount(codePoint);
            }
            if (start >= 0) {
                words.add(start, text.length());
            }
            return words;
        }

        /** {@code \p{N}}: decimal digits, letter numbers and other numbers. */
        private static boolean isNumber(int codePoint) {
            int type = Character.getType(codePoint);
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }

        private void add(int start, int end) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            count++;
        }
    }
}
