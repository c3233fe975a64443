package news.prism.story.story;

import static news.prism.story.SampleStory.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.prism.story.SampleStory;
import org.junit.jupiter.api.Test;

class ReadingTimeTest {

    @Test
    void countsTheWordsOfTheWholePageButNotCitationMarkersOrAltText() {
        StoryContent before = SampleStory.content();
        StoryContent after = SampleStory.content(story -> {
            // 4 words and 3 markers more in the body, and a longer alt text nobody reads on the page.
            item(story, "body", 0).put("text", item(story, "body", 0).get("text") + " It passed comfortably today [1][2][3].");
            item(story, "body", 7).put("alt", "A much longer description of the chart for screen readers.");
        });

        assertThat(ReadingTime.words(after) - ReadingTime.words(before)).isEqualTo(4);
    }

    @Test
    void treatsNumbersAndHyphenatedWordsAsOneWordEach() {
        StoryContent story = SampleStory.content(tree -> tree.put("dek", "Open-source AI costs €40m, 18.5% more."));
        StoryContent shorter = SampleStory.content(tree -> tree.put("dek", ""));

        assertThat(ReadingTime.words(story) - ReadingTime.words(shorter)).isEqualTo(6);
    }

    @Test
    void roundsToWholeMinutesAtTheGivenSpeed() {
        long words = ReadingTime.words(SampleStory.content());

        assertThat(ReadingTime.minutes(SampleStory.content(), 230)).isEqualTo((int) Math.max(1, Math.round(words / 230.0)));
        assertThat(ReadingTime.minutes(SampleStory.content(), (int) words)).isEqualTo(1);
        assertThat(ReadingTime.minutes(SampleStory.content(), (int) words / 3)).isEqualTo(3);
    }

    @Test
    void aShortStoryTakesAtLeastOneMinute() {
        StoryContent story = SampleStory.content(tree -> tree.put("body",
                List.of(Map.of("type", "paragraph", "text", "Short [1]."))));

        assertThat(ReadingTime.minutes(story, 100_000)).isEqualTo(1);
    }
}
