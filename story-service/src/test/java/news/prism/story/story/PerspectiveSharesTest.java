package news.prism.story.story;

import static news.prism.story.SampleStory.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import news.prism.story.SampleStory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerspectiveSharesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "3,1,2   | 50,17,33",
            "1,1,1   | 34,33,33",
            "2,1     | 67,33",
            "1,1,1,1,1,1,1 | 15,15,14,14,14,14,14",
            "5,0     | 100,0",
            "0,0,0   | 34,33,33",
            "1,2,3,4 | 10,20,30,40",
            "7       | 100"})
    void splitsByLargestRemainder(String weights, String shares) {
        assertThat(PerspectiveShares.largestRemainder(numbers(weights))).isEqualTo(numbers(shares));
    }

    @Test
    void aTieGoesToTheEarlierPerspective() {
        // 100/3 each: the one point left over goes to the first of the equal remainders.
        assertThat(PerspectiveShares.largestRemainder(List.of(2, 2, 2))).containsExactly(34, 33, 33);
    }

    @Test
    void alwaysAddsUpTo100AndStaysWithinOnePointOfTheExactQuota() {
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            List<Integer> weights = IntStream.range(0, 2 + random.nextInt(6)).map(i -> random.nextInt(20)).boxed()
                    .toList();
            List<Integer> shares = PerspectiveShares.largestRemainder(weights);
            int total = weights.stream().mapToInt(Integer::intValue).sum();

            assertThat(shares.stream().mapToInt(Integer::intValue).sum()).as("%s", weights).isEqualTo(100);
            for (int i = 0; i < weights.size(); i++) {
                double quota = total == 0 ? 100.0 / weights.size() : 100.0 * weights.get(i) / total;
                assertThat((double) shares.get(i)).as("%s", weights).isBetween(Math.floor(quota), Math.ceil(quota));
            }
        }
    }

    @Test
    void fillsSharesFromTheStorysSources() {
        // The sample cites 3 sources for city-hall, 1 for vendors and 2 for civil society.
        StoryContent filled = PerspectiveShares.fill(SampleStory.content());

        assertThat(filled.perspectives()).extracting(StoryContent.Perspective::share).containsExactly(50, 17, 33);
    }

    @Test
    void keepsTheEditorsShares() {
        StoryContent story = SampleStory.content(tree -> {
            item(tree, "perspectives", 0).put("share", 40);
            item(tree, "perspectives", 1).put("share", 25);
            item(tree, "perspectives", 2).put("share", 35);
        });

        assertThat(PerspectiveShares.fill(story).perspectives()).extracting(StoryContent.Perspective::share)
                .containsExactly(40, 25, 35);
    }

    private static List<Integer> numbers(String csv) {
        return java.util.Arrays.stream(csv.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
}
