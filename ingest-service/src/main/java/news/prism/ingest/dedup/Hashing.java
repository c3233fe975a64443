package news.prism.ingest.dedup;

/**
 * 64-bit hashing for shingles and signatures. Fixed algorithms and constants: signatures stored by one instance or
 * release must compare with those computed by another.
 */
final class Hashing {

    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private Hashing() {
    }

    /**
     * One FNV-1a step: the hash so far taking in one more UTF-16 code unit. A shingle's hash is these steps over its
     * words joined by single spaces, from {@link #FNV_OFFSET}, finished by {@link #mix} so that every bit depends on
     * every input bit.
     */
    static long fnvStep(long hash, char codeUnit) {
        return (hash ^ codeUnit) * FNV_PRIME;
    }

    /** A text's hash, told apart by {@code kind} from another kind of value with the same characters. */
    static long ofText(char kind, String text) {
        long hash = fnvStep(FNV_OFFSET, kind);
        for (int i = 0; i < text.length(); i++) {
            hash = fnvStep(hash, text.charAt(i));
        }
        return mix(hash);
    }

    /** A 64-bit hash folded to the 32 bits of an advisory lock key; a rare collision only makes two intakes wait. */
    static int lockKey(long hash) {
        return (int) (hash ^ (hash >>> Integer.SIZE));
    }

    /** The SplitMix64 finaliser: a bijection on 64-bit values with strong avalanche. */
    static long mix(long value) {
        long z = value + GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** {@code count} seeds from the SplitMix64 sequence starting at a fixed value. */
    static long[] seeds(int count) {
        long[] seeds = new long[count];
        long state = 0x5052495348L;
        for (int i = 0; i < count; i++) {
            state += GOLDEN_GAMMA;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
