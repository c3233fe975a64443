package news.prism.story.story;

import static news.prism.story.SampleStory.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import news.prism.story.SampleStory;
import org.junit.jupiter.api.Test;

class SourceCoverageTest {

    @Test
    void countsDistinctOutletsAndThePerspectivesTheSourcesSpeakFor() {
        StoryContent sample = SampleStory.content();

        assertThat(SourceCoverage.outlets(sample)).isEqualTo(6);
        assertThat(SourceCoverage.viewpoints(sample)).isEqualTo(3);
    }

    @Test
    void anOutletWrittenTwiceInAnotherCaseIsOneOutlet() {
        StoryContent story = SampleStory.content(tree -> {
            item(tree, "sources", 1).put("outlet", " lindenport herald");
            item(tree, "sources", 5).put("outlet", "Lindenport Herald");
        });

        assertThat(SourceCoverage.outlets(story)).isEqualTo(4);
    }

    @Test
    void aDraftWithoutPerspectivesSurfacesNone() {
        StoryContent story = SampleStory.content(tree -> SampleStory.list(tree, "sources")
                .forEach(source -> ((Map<?, ?>) source).remove("perspective")));

        assertThat(SourceCoverage.viewpoints(story)).isZero();
    }
}
