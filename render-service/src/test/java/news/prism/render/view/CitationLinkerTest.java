package news.prism.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class CitationLinkerTest {

    private final CitationLinker linker = new CitationLinker(List.of(1, 2, 3));

    @Test
    void linksAMarkerToItsSource() {
        assertThat(linker.toHtml("Prices rose [2]."))
                .isEqualTo("Prices rose&nbsp;<span class=\"citations\"><a href=\"#source-2\" class=\"citation\">[2]</a></span>.");
    }

    @Test
    void keepsAMarkerOnTheLineOfTheWordBeforeIt() {
        assertThat(linker.toHtml("It passed [1] and [9] did not"))
                .isEqualTo("It passed&nbsp;<span class=\"citations\"><a href=\"#source-1\" class=\"citation\">[1]</a></span>"
                        + " and [9] did not");
    }

    @Test
    void linksMarkersInARowEachToItsOwnSourceAsOneUnbreakableGroup() {
        assertThat(linker.toHtml("Both say so [1][3][2]"))
                .isEqualTo("Both say so&nbsp;<span class=\"citations\"><a href=\"#source-1\" class=\"citation\">[1]</a>"
                        + "<a href=\"#source-3\" class=\"citation\">[3]</a>"
                        + "<a href=\"#source-2\" class=\"citation\">[2]</a></span>");
    }

    @Test
    void gluesAGroupToTheWordItFollowsWithoutASpace() {
        assertThat(linker.toHtml("It rose.[1][2] Then"))
                .isEqualTo("It rose.&#8288;<span class=\"citations\"><a href=\"#source-1\" class=\"citation\">[1]</a>"
                        + "<a href=\"#source-2\" class=\"citation\">[2]</a></span> Then");
    }

    @Test
    void aMarkerNamingNoSourceEndsTheGroup() {
        assertThat(linker.toHtml("So [1][9][2]"))
                .isEqualTo("So&nbsp;<span class=\"citations\"><a href=\"#source-1\" class=\"citation\">[1]</a></span>"
                        + "[9]&#8288;<span class=\"citations\"><a href=\"#source-2\" class=\"citation\">[2]</a></span>");
    }

    @Test
    void escapesAScriptPayloadAndStillLinksTheMarkersAroundIt() {
        String html = linker.toHtml("<script>alert('x')</script>[1]<img src=x onerror=\"alert(1)\">[2] & more");

        assertThat(html).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&#8288;<span class=\"citations\">"
                + "<a href=\"#source-1\" class=\"citation\">[1]</a></span>"
                + "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#8288;<span class=\"citations\">"
                + "<a href=\"#source-2\" class=\"citation\">[2]</a></span> &amp; more");
        assertThat(html).doesNotContain("<script", "<img");
    }

    @Test
    void leavesMarkersThatNameNoSourceAndOtherBracketsAsText() {
        assertThat(linker.toHtml("See [9], [x], [] and [1"))
                .isEqualTo("See [9], [x], [] and [1");
    }

    @Test
    void aMarkerCannotSmuggleMarkupIntoTheLink() {
        assertThat(linker.toHtml("[1]\"><script>[2]"))
                .isEqualTo("<span class=\"citations\"><a href=\"#source-1\" class=\"citation\">[1]</a></span>"
                        + "&quot;&gt;&lt;script&gt;&#8288;<span class=\"citations\">"
                        + "<a href=\"#source-2\" class=\"citation\">[2]</a></span>");
    }

    @Test
    void keepsTextWithoutMarkersAsEscapedText() {
        assertThat(linker.toHtml("Ünïcode «quotes» stay")).isEqualTo("Ünïcode «quotes» stay");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void turnsMissingTextIntoNothing(String text) {
        assertThat(linker.toHtml(text)).isEmpty();
    }
}
