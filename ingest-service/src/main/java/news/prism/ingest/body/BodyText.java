package news.prism.ingest.body;

import jakarta.inject.Singleton;

/** Turns a body in any accepted format into the plain text the service keeps, before text normalisation. */
@Singleton
public class BodyText {

    private final HtmlText html;
    private final MarkdownText markdown;

    public BodyText(HtmlText html, MarkdownText markdown) {
        this.html = html;
        this.markdown = markdown;
    }

    public String plainText(String body, BodyFormat format) {
        return switch (format) {
            case TEXT -> body;
            case HTML -> html.plainText(body);
            case MARKDOWN -> markdown.plainText(body);
        };
    }
}
