package news.prism.ingest.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import news.prism.ingest.dedup.LabelledPairs.Pair;

/**
 * What the near-duplicate layer decides on a labelled set with given settings: each copy is signed by the
 * {@link MinHasher} and decided by {@link NearDuplicateCandidates} as an intake would with the original stored
 * before it (a candidate only if it shares a band, linked only at the threshold or above).
 */
record LayerFigures(NearDuplicateSettings settings, int positives, int negatives, int truePositives,
                    int falsePositives, int negativesSharingABand, List<Pair> missed, List<Pair> wronglyLinked,
                    double[] positiveJaccard, double[] negativeJaccard) {

    static LayerFigures measure(LabelledPairs pairs, MinHasher hasher, NearDuplicateSettings settings) {
        Map<String, Signature> signatures = new HashMap<>();
        List<Pair> missed = new ArrayList<>();
        List<Pair> wronglyLinked = new ArrayList<>();
        for (Pair positive : pairs.positives()) {
            if (!linked(positive, hasher, settings, signatures)) {
                missed.add(positive);
            }
        }
        int sharingABand = 0;
        for (Pair negative : pairs.negatives()) {
            if (linked(negative, hasher, settings, signatures)) {
                wronglyLinked.add(negative);
            }
            if (Signature.sharedBands(bands(negative.original(), hasher, settings, signatures),
                    bands(negative.copy(), hasher, settings, signatures)) > 0) {
                sharingABand++;
            }
        }
        return new LayerFigures(settings, pairs.positives().size(), pairs.negatives().size(),
                pairs.positives().size() - missed.size(), wronglyLinked.size(), sharingABand, missed, wronglyLinked,
                jaccards(pairs.positives(), hasher), jaccards(pairs.negatives(), hasher));
    }

    double recall() {
        return (double) truePositives / positives;
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    /** One line of a table of alternatives. */
    String row() {
        return "| %d words | %.2f | %d x %d of %d | %.4f (%d/%d) | %.4f (%d wrongly linked of %d) | %d | %.2f-%.2f | %.2f |"
                .formatted(settings.shingleWords(), settings.threshold(), settings.bands(), settings.rowsPerBand(),
                        settings.hashFunctions(), recall(), truePositives, positives, precision(), falsePositives,
                        negatives, negativesSharingABand, least(positiveJaccard), median(positiveJaccard),
                        most(negativeJaccard));
    }

    static String header() {
        return "| shingles | threshold | bands x rows of hashes | recall | precision | negatives sharing a band "
                + "| positives' exact Jaccard least-median | negatives' greatest |";
    }

    private static boolean linked(Pair pair, MinHasher hasher, NearDuplicateSettings settings,
                                  Map<String, Signature> signatures) {
        NearDuplicateCandidates candidates = new NearDuplicateCandidates(
                List.of(sign(pair.original(), hasher, signatures), sign(pair.copy(), hasher, signatures)),
                List.of(List.of(), List.of()), settings);
        candidates.remember(0, new TakenIn(UUID.randomUUID(), Instant.EPOCH));
        return candidates.mostSimilar(1).isPresent();
    }

    private static long[] bands(String text, MinHasher hasher, NearDuplicateSettings settings,
                                Map<String, Signature> signatures) {
        return settings.bandHashesOf(sign(text, hasher, signatures));
    }

    private static Signature sign(String text, MinHasher hasher, Map<String, Signature> signatures) {
        return signatures.computeIfAbsent(text, hasher::sign);
    }

    private static double[] jaccards(List<Pair> pairs, MinHasher hasher) {
        return pairs.stream().mapToDouble(pair -> jaccard(hasher.shingleHashes(pair.original()),
                hasher.shingleHashes(pair.copy()))).sorted().toArray();
    }

    private static double jaccard(long[] some, long[] others) {
        Set<Long> union = new HashSet<>();
        Arrays.stream(some).forEach(union::add);
        int common = 0;
        for (long shingle : others) {
            if (!union.add(shingle)) {
                common++;
            }
        }
        return (double) common / union.size();
    }

    private static double least(double[] sorted) {
        return sorted[0];
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double most(double[] sorted) {
        return sorted[sorted.length - 1];
    }
}
