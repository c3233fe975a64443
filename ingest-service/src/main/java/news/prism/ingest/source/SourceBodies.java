package news.prism.ingest.source;

import jakarta.inject.Singleton;
import news.prism.ingest.body.BodyFormat;
import news.prism.ingest.body.BodyText;
import news.prism.ingest.normalize.ContentHash;
import news.prism.ingest.normalize.TextNormalizer;

/** A body's clean plain text, whatever format it was sent in, and what is measured from that text. */
@Singleton
public class SourceBodies {

    private final TextNormalizer text;
    private final BodyText bodyText;
    private final ContentHash contentHash;

    public SourceBodies(TextNormalizer text, BodyText bodyText, ContentHash contentHash) {
        this.text = text;
        this.bodyText = bodyText;
        this.contentHash = contentHash;
    }

    /** Markup is removed before the text is cleaned. */
    String plainText(String body, BodyFormat format) {
        return format == BodyFormat.TEXT
                ? text.normalizeBody(body)
                : text.normalizeLayout(bodyText.plainText(body, format));
    }

    int wordCount(String plainText) {
        return text.wordCount(plainText);
    }

    String contentHash(String plainText) {
        return contentHash.of(plainText);
    }
}
