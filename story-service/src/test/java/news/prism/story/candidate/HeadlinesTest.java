package news.prism.story.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlinesTest {

    @Test
    void aTitleThatFitsIsKeptOnOneLine() {
        assertThat(Headlines.fromTitle("  Harbour Bridge closed\n after engineers find crack ", 140))
                .isEqualTo("Harbour Bridge closed after engineers find crack");
    }

    @Test
    void aLongTitleIsCutAtAWordBoundaryWithinTheLimit() {
        String headline = Headlines.fromTitle("Harbour Bridge closed after engineers find crack in main girder", 30);

        assertThat(headline).isEqualTo("Harbour Bridge closed after…").hasSizeLessThanOrEqualTo(30);
    }

    @Test
    void aTitleOfOneLongWordIsCutInsideIt() {
        assertThat(Headlines.fromTitle("Supercalifragilisticexpialidocious", 10)).isEqualTo("Supercali…");
    }
}
