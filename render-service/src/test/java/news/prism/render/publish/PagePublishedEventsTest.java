package news.prism.render.publish;

import static org.assertj.core.api.Assertions.assertThat;

import news.prism.events.PagePublished;
import news.prism.render.SampleStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagePublishedEventsTest {

    @Test
    void announcesThePageWithItsUrlAndTheDekAsSummary() {
        PagePublished event = PagePublishedEvents.of(SampleStories.fullStory("s1").build(), "https://prism.example/ai/x");

        assertThat(event.getStoryId()).isEqualTo("s1");
        assertThat(event.getVersion()).isEqualTo(1);
        assertThat(event.getTopicSlug()).isEqualTo("ai");
        assertThat(event.getTopicName()).isEqualTo("Open-Source AI");
        assertThat(event.getSlug()).isEqualTo("open-source-ai-definition-s1");
        assertThat(event.getUrl()).isEqualTo("https://prism.example/ai/x");
        assertThat(event.getHeadline()).isEqualTo(SampleStories.HEADLINE);
        assertThat(event.getSummary()).startsWith("A new definition splits");
        assertThat(event.getPublishedAt()).isEqualTo(SampleStories.FIRST_PUBLISHED);
        assertThat(event.getCorrection()).isFalse();
    }

    @ParameterizedTest(name = "version {0}, note ''{1}'': correction {2}")
    @CsvSource(nullValues = "none", value = {
            "1, none, false",
            "1, A note on the first version, false",
            "2, none, false",
            "2, We misstated a figure, true"})
    void isACorrectionOnlyForALaterVersionWithANote(int version, String note, boolean correction) {
        var story = SampleStories.fullStory("s1").setVersion(version).setCorrectionNote(note).build();

        assertThat(PagePublishedEvents.of(story, "https://prism.example/ai/x").getCorrection()).isEqualTo(correction);
    }
}
