package news.prism.story.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import news.prism.story.story.StoryContent.Perspective;
import news.prism.story.story.StoryContent.Source;

/** The share of the coverage each perspective gets, as whole percentages that add up to exactly 100. */
public final class PerspectiveShares {

    static final int TOTAL = 100;

    private PerspectiveShares() {
    }

    /**
     * The story with every perspective's share set: the editor's shares when given, otherwise each perspective's
     * part of the story's sources, rounded by largest remainder.
     */
    public static StoryContent fill(StoryContent story) {
        List<Perspective> perspectives = story.perspectives();
        if (perspectives.stream().allMatch(p -> p.share() != null)) {
            return story;
        }
        List<Integer> sourceCounts = perspectives.stream()
                .map(p -> (int) story.sources().stream().map(Source::perspective).filter(p.key()::equals).count())
                .toList();
        List<Integer> shares = largestRemainder(sourceCounts);
        List<Perspective> filled = new ArrayList<>(perspectives.size());
        for (int i = 0; i < perspectives.size(); i++) {
            filled.add(perspectives.get(i).withShare(shares.get(i)));
        }
        return story.withPerspectives(filled);
    }

    /**
     * Splits {@value #TOTAL} in proportion to {@code weights}: each gets the whole part of its quota, and the points
     * left over go one each to the largest remainders (the earlier entry first on a tie). With no weight at all
     * the split is even.
     */
    public static List<Integer> largestRemainder(List<Integer> weights) {
        if (weights.isEmpty()) {
            return List.of();
        }
        weights.forEach(weight -> {
            if (Objects.requireNonNull(weight) < 0) {
                throw new IllegalArgumentException("A weight cannot be negative: " + weights);
            }
        });
        long total = weights.stream().mapToLong(Integer::longValue).sum();
        List<Integer> effective = total == 0 ? weights.stream().map(w -> 1).toList() : weights;
        long sum = total == 0 ? weights.size() : total;
        int[] shares = new int[effective.size()];
        long[] remainders = new long[effective.size()];
        int given = 0;
        for (int i = 0; i < effective.size(); i++) {
            long scaled = effective.get(i) * (long) TOTAL;
            shares[i] = (int) (scaled / sum);
            remainders[i] = scaled % sum;
            given += shares[i];
        }
        int left = TOTAL - given;
        List<Integer> byRemainder = IntStream.range(0, shares.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> remainders[i]).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int k = 0; k < left; k++) {
            shares[byRemainder.get(k)]++;
        }
        return IntStream.of(shares).boxed().toList();
    }
}
