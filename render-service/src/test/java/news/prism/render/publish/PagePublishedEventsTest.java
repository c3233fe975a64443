package news.prism.render.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import news.prism.events.PagePublished;
import news.prism.events.PerspectiveShare;
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
        assertThat(event.getCorrectionNote()).isNull();
        assertThat(event.getNotifySubscribers()).isFalse();
        assertThat(event.getFirstPublishedAt()).isEqualTo(SampleStories.FIRST_PUBLISHED);
    }

    @Test
    void carriesTheCoverageLineAndThePerspectiveBarInThePagesOrder() {
        PagePublished event = PagePublishedEvents.of(SampleStories.fullStory("s1").build(), "https://prism.example/ai/x");

        // Four sources from The Verge, Reuters (twice) and Euractiv, speaking for three groups.
        assertThat(event.getOutlets()).isEqualTo(3);
        assertThat(event.getViewpoints()).isEqualTo(3);
        assertThat(event.getPerspectives()).containsExactly(
                new PerspectiveShare("Developers", 50),
                new PerspectiveShare("AI companies", 30),
                new PerspectiveShare("Regulators", 20));
    }

    @Test
    void aCorrectionCarriesItsNoteItsFirstPublicationAndTheEditorsChoiceToNotify() {
        Instant corrected = SampleStories.FIRST_PUBLISHED.plusSeconds(3600);
        var story = SampleStories.fullStory("s1").setVersion(2).setPublishedAt(corrected)
                .setCorrectionNote("We misstated a figure").setNotifySubscribers(true).build();

        PagePublished event = PagePublishedEvents.of(story, "https://prism.example/ai/x");

        assertThat(event.getCorrectionNote()).isEqualTo("We misstated a figure");
        assertThat(event.getNotifySubscribers()).isTrue();
        assertThat(event.getPublishedAt()).isEqualTo(corrected);
        assertThat(event.getFirstPublishedAt()).isEqualTo(SampleStories.FIRST_PUBLISHED);
    }

    @Test
    void aFirstVersionCarriesNeitherNoteNorNotification() {
        var story = SampleStories.fullStory("s1").setCorrectionNote("A note on the first version")
                .setNotifySubscribers(true).build();

        PagePublished event = PagePublishedEvents.of(story, "https://prism.example/ai/x");

        assertThat(event.getCorrectionNote()).isNull();
        assertThat(event.getNotifySubscribers()).isFalse();
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
