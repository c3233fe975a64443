package news.prism.story.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

    @Test
    void keepsAShortTextWithItsWhitespaceTidied() {
        assertThat(Excerpts.of("  The council\n voted   today. ", 100)).isEqualTo("The council voted today.");
    }

    @Test
    void cutsALongTextAtAWordBoundary() {
        assertThat(Excerpts.of("The council voted today on the rule", 20)).isEqualTo("The council voted…");
    }

    @Test
    void cutsInsideAWordWhenThereIsNoBoundaryNearby() {
        assertThat(Excerpts.of("Supercalifragilistic expialidocious", 10)).isEqualTo("Supercalif…");
    }

    @Test
    void anEmptyBodyGivesAnEmptyExcerpt() {
        assertThat(Excerpts.of(null, 10)).isEmpty();
    }
}
