package news.prism.ingest.feed;

import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.xml.sax.InputSource;

/**
 * Feed documents read with Rome's own safe XML settings: no external entity or DTD is ever fetched and entities are
 * not expanded, so a DOCTYPE declaration is read past rather than honoured. The document is kept because Rome's
 * model leaves out what Prism also reads (Atom's {@code xml:lang}).
 */
final class FeedDocuments extends WireFeedInput {

    FeedDocuments() {
        setAllowDoctypes(true);
    }

    /** Reads bytes, not text, so that the parser honours the encoding the document declares. */
    Document read(byte[] content) throws JDOMException, IOException {
        return createSAXBuilder().build(new InputSource(new ByteArrayInputStream(content)));
    }
}
