package news.prism.story.story;

import static news.prism.story.SampleStory.item;
import static news.prism.story.SampleStory.list;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.prism.errors.FieldError;
import news.prism.story.SampleStory;
import org.junit.jupiter.api.Test;

class StoryShapeTest {

    @Test
    void theSampleStoryHasTheRightShape() {
        assertThat(StoryShape.check(SampleStory.content())).isEmpty();
    }

    @Test
    void eachBlockTypeHasWhatItNeeds() {
        List<FieldError> errors = StoryShape.check(SampleStory.content(story -> list(story, "body").addAll(List.of(
                Map.of("type", "paragraph"),
                Map.of("type", "quote", "text", "Said."),
                Map.of("type", "figure", "caption", "A chart", "imageUrl", "chart.png"),
                Map.of("type", "list", "items", List.of())))));

        assertThat(errors).extracting(FieldError::field).containsExactly(
                "body[9].text", "body[10].attribution", "body[11].alt", "body[11].imageUrl", "body[12].items");
    }

    @Test
    void textIsPlainTextNotHtml() {
        List<FieldError> errors = StoryShape.check(SampleStory.content(story -> {
            story.put("dek", "A <b>bold</b> claim.");
            item(story, "faq", 0).put("answer", "Yes <script>alert(1)</script>");
            item(story, "keyTerms", 0).put("definition", "When a < b and c > d, nothing is HTML.");
        }));

        assertThat(errors).extracting(FieldError::field).containsExactly("dek", "faq[0].answer");
    }

    @Test
    void timelineDatesAreRealDates() {
        List<FieldError> errors = StoryShape.check(SampleStory.content(story ->
                item(story, "timeline", 0).put("date", "2026-02-30")));

        assertThat(errors).extracting(FieldError::field).containsExactly("timeline[0].date");
    }

    @Test
    void perspectiveKeysAndSourceNumbersAreDistinct() {
        List<FieldError> errors = StoryShape.check(SampleStory.content(story -> {
            item(story, "perspectives", 2).put("key", "city-hall");
            item(story, "sources", 4).put("n", 2);
        }));

        assertThat(errors).extracting(FieldError::field).containsExactly("perspectives[2].key", "sources[4].n");
    }

    @Test
    void aSourceCitedByHandNeedsOutletTitleAndUrl() {
        List<FieldError> errors = StoryShape.check(SampleStory.content(story ->
                list(story, "sources").add(new HashMap<>(Map.of("perspective", "vendors")))));

        assertThat(errors).extracting(FieldError::field)
                .containsExactly("sources[6].outlet", "sources[6].title", "sources[6].url");
    }

    @Test
    void aSourceCitedByIdNeedsNothingElse() {
        assertThat(StoryShape.check(SampleStory.content(story ->
                list(story, "sources").add(new HashMap<>(Map.of("perspective", "vendors", "sourceId", "s-1"))))))
                .isEmpty();
    }
}
