package news.prism.ingest.body;

import static org.assertj.core.api.Assertions.assertThat;

import news.prism.ingest.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;

class BodyTextTest {

    private final HtmlText htmlText = new HtmlText();
    private final BodyText bodies = new BodyText(htmlText, new MarkdownText(htmlText));
    private final TextNormalizer text = new TextNormalizer();

    private String html(String html) {
        return text.normalizeLayout(bodies.plainText(html, BodyFormat.HTML));
    }

    private String markdown(String markdown) {
        return text.normalizeLayout(bodies.plainText(markdown, BodyFormat.MARKDOWN));
    }

    @Test
    void putsHeadingsAndParagraphsOnTheirOwnLines() {
        assertThat(html("""
                <article><h1>Budget   passes</h1>
                <p>The budget <em>passed</em> at
                   dawn.<br>A second line.</p><div>Loose <a href="https://x.example">link</a> text</div>
                <h3>What next</h3><p>Nothing &amp; nobody.</p></article>"""))
                .isEqualTo("""
                        Budget passes

                        The budget passed at dawn.
                        A second line.

                        Loose link text

                        What next

                        Nothing & nobody.""");
    }

    @Test
    void marksListItemsAndIndentsNestedLists() {
        assertThat(html("""
                <p>Key points:</p>
                <ul><li>First <b>point</b></li>
                    <li>Second point<ul><li>detail a</li><li>detail b</li></ul></li></ul>
                <ol><li><p>Numbered</p><p>with two paragraphs</p></li></ol>"""))
                .isEqualTo("""
                        Key points:

                        - First point
                        - Second point
                          - detail a
                          - detail b

                        - Numbered
                          with two paragraphs""");
    }

    @Test
    void joinsTableCellsByBars() {
        assertThat(html("""
                <table><caption>Turnout</caption>
                <thead><tr><th>Region</th><th>Share</th></tr></thead>
                <tbody><tr><td>North</td><td>17.8%</td></tr><tr><td>South</td><td>20 %</td></tr></tbody></table>"""))
                .isEqualTo("""
                        Turnout
                        Region | Share
                        North | 17.8%
                        South | 20 %""");
    }

    @Test
    void prefixesQuotationsAndKeepsCodeVerbatim() {
        assertThat(html("""
                <blockquote><p>We will not   back down.</p><p>Not now.</p></blockquote>
                <pre><code>if (vote &gt; 50) {
                    pass();
                }</code></pre>"""))
                .isEqualTo("""
                        > We will not back down.
                        >
                        > Not now.

                        if (vote > 50) {
                            pass();
                        }""");
    }

    @Test
    void dropsScriptsStylesEmbedsAndFormsAndLeavesNoMarkup() {
        String cleaned = html("""
                <style>p{color:red}</style><p>Safe <script>alert('x')</script>text<iframe src="https://evil.example">
                </iframe></p><form><input value="secret"><button>Go</button></form>
                <p onclick="steal()">&lt;b&gt;shown as text&lt;/b&gt;</p><img src="x" onerror="steal()">""");

        assertThat(cleaned).isEqualTo("Safe text\n\n<b>shown as text</b>");
    }

    @Test
    void copesWithBrokenMarkup() {
        assertThat(html("<p>Unclosed <b>bold<p>Next <i>para")).isEqualTo("Unclosed bold\n\nNext para");
    }

    @Test
    void convertsMarkdownWithTheSameStructure() {
        assertThat(markdown("""
                # Budget passes

                The budget **passed** at [dawn](https://example.com).

                - one
                - two

                > A quote.

                | Region | Share |
                |--------|-------|
                | North  | 17.8% |

                ```
                  indented code
                ```
                <script>alert(1)</script>"""))
                .isEqualTo("""
                        Budget passes

                        The budget passed at dawn.

                        - one
                        - two

                        > A quote.

                        Region | Share
                        North | 17.8%

                          indented code""");
    }

    @Test
    void leavesPlainTextAsItIs() {
        assertThat(bodies.plainText("<b>not markup</b>", BodyFormat.TEXT)).isEqualTo("<b>not markup</b>");
    }
}
