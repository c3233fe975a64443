package news.prism.ingest.body;

import jakarta.inject.Singleton;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown (CommonMark with GitHub tables) as plain text: rendered to HTML and cleaned like any HTML body, so
 * both formats keep their structure the same way. Raw HTML inside the Markdown is cleaned with the rest.
 */
@Singleton
public class MarkdownText {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final HtmlText html;

    public MarkdownText(HtmlText html) {
        this.html = html;
    }

    public String plainText(String markdown) {
        return html.plainText(renderer.render(parser.parse(markdown)));
    }
}
