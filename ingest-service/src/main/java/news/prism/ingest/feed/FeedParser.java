package news.prism.ingest.feed;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import news.prism.ingest.body.BodyFormat;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads RSS 2.0 and Atom (RFC 4287) documents with an XML parser that refuses any DOCTYPE, so no external entity,
 * DTD or entity expansion can be used against the service. Relative links resolve against the document's address.
 * <ul>
 * <li>RSS item: guid (else link), link, title, body from {@code content:encoded} else {@code description} (HTML),
 * published and version time from {@code pubDate}, author from {@code dc:creator} else {@code author}, categories;
 * language from the channel's {@code language}.</li>
 * <li>Atom entry: id, the {@code alternate} link, title, body from {@code content} else {@code summary} (by their
 * {@code type}: text, html or xhtml), published from {@code published} else {@code updated}, version time from
 * {@code updated}, first author's name, category terms; language from {@code xml:lang}.</li>
 * </ul>
 */
@Singleton
public class FeedParser {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    private static final String XML = XMLConstants.XML_NS_URI;

    private final DocumentBuilderFactory factory = secureFactory();

    public ParsedFeed parse(byte[] content, URI address) throws FeedRefusedException {
        Document document = read(content);
        Element root = document.getDocumentElement();
        if ("rss".equals(root.getLocalName()) && root.getNamespaceURI() == null) {
            return new ParsedFeed("RSS 2.0", rssItems(root, address));
        }
        if ("feed".equals(root.getLocalName()) && ATOM.equals(root.getNamespaceURI())) {
            return new ParsedFeed("Atom", atomEntries(root, address));
        }
        throw new FeedRefusedException("not an RSS 2.0 or Atom feed: the document is <" + root.getTagName() + ">");
    }

    private Document read(byte[] content) throws FeedRefusedException {
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            // Bytes, not text: the parser honours the encoding the document declares.
            return builder.parse(new InputSource(new ByteArrayInputStream(content)));
        } catch (SAXParseException e) {
            throw new FeedRefusedException("not well-formed XML (line " + e.getLineNumber() + "): " + e.getMessage(),
                    e);
        } catch (SAXException | IOException e) {
            throw new FeedRefusedException("not readable as XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
    }

    private List<FeedItem> rssItems(Element rss, URI address) {
        Element channel = child(rss, null, "channel");
        if (channel == null) {
            return List.of();
        }
        String language = text(child(channel, null, "language"));
        List<FeedItem> items = new ArrayList<>();
        for (Element item : children(channel, null, "item")) {
            Map<String, String> names = new HashMap<>(Map.of("url", "link", "title", "title",
                    "publishedAt", "pubDate", "language", "language"));
            String link = resolve(address, text(child(item, null, "link")));
            String guid = text(child(item, null, "guid"));
            Element encoded = child(item, CONTENT, "encoded");
            String body = text(encoded != null ? encoded : child(item, null, "description"));
            names.put("body", encoded != null ? "content:encoded" : "description");
            Instant published = FeedDates.rfc822(text(child(item, null, "pubDate")))
                    .or(() -> FeedDates.rfc3339(text(child(item, DUBLIN_CORE, "date"))))
                    .orElse(null);
            String author = Optional.ofNullable(text(child(item, DUBLIN_CORE, "creator")))
                    .orElse(text(child(item, null, "author")));
            List<String> categories = children(item, null, "category").stream().map(FeedParser::text).toList();
            items.add(new FeedItem(items.size(), guid != null ? guid : link, link, text(child(item, null, "title")),
                    body, BodyFormat.HTML, published, published, author, categories, language, names));
        }
        return items;
    }

    private List<FeedItem> atomEntries(Element feed, URI address) {
        String feedLanguage = attribute(feed, XML, "lang");
        List<FeedItem> items = new ArrayList<>();
        for (Element entry : children(feed, ATOM, "entry")) {
            Map<String, String> names = new HashMap<>(Map.of("url", "link", "title", "title",
                    "language", "xml:lang"));
            Element content = child(entry, ATOM, "content");
            if (content != null && attribute(content, null, "src") != null) {
                content = null;
            }
            Element bodyElement = content != null ? content : child(entry, ATOM, "summary");
            names.put("body", content != null ? "content" : "summary");
            Instant updated = FeedDates.rfc3339(text(child(entry, ATOM, "updated"))).orElse(null);
            Instant published = FeedDates.rfc3339(text(child(entry, ATOM, "published"))).orElse(updated);
            names.put("publishedAt", child(entry, ATOM, "published") != null ? "published" : "updated");
            Element author = child(entry, ATOM, "author");
            List<String> categories = children(entry, ATOM, "category").stream()
                    .map(category -> attribute(category, null, "term")).toList();
            String language = Optional.ofNullable(attribute(entry, XML, "lang")).orElse(feedLanguage);
            items.add(new FeedItem(items.size(), text(child(entry, ATOM, "id")),
                    resolve(address, alternateLink(entry)), atomTitle(child(entry, ATOM, "title")),
                    atomText(bodyElement), atomFormat(bodyElement), published, updated,
                    author == null ? null : text(child(author, ATOM, "name")), categories, language, names));
        }
        return items;
    }

    /** The {@code alternate} link, which a link without {@code rel} is too. */
    private static String alternateLink(Element entry) {
        for (Element link : children(entry, ATOM, "link")) {
            String rel = attribute(link, null, "rel");
            if (rel == null || rel.equals("alternate")) {
                return attribute(link, null, "href");
            }
        }
        return null;
    }

    private static String atomTitle(@Nullable Element title) {
        String text = atomText(title);
        return text != null && atomFormat(title) == BodyFormat.HTML ? Jsoup.parse(text).text() : text;
    }

    /** Text as text, html as the markup it escapes, xhtml as the markup of its children. */
    private static String atomText(@Nullable Element element) {
        if (element == null) {
            return null;
        }
        return "xhtml".equals(attribute(element, null, "type")) ? XhtmlMarkup.of(element) : element.getTextContent();
    }

    private static BodyFormat atomFormat(@Nullable Element element) {
        String type = element == null ? null : attribute(element, null, "type");
        return type != null && (type.equals("html") || type.equals("xhtml")) ? BodyFormat.HTML : BodyFormat.TEXT;
    }

    private static String resolve(URI base, @Nullable String link) {
        if (link == null) {
            return null;
        }
        try {
            return base.resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            // left as written: the intake refuses it with the reason
            return link;
        }
    }

    private static Element child(Element parent, @Nullable String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static List<Element> children(Element parent, @Nullable String namespace, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && name.equals(element.getLocalName())
                    && Objects.equals(namespace, element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String attribute(Element element, @Nullable String namespace, String name) {
        String value = namespace == null ? element.getAttribute(name) : element.getAttributeNS(namespace, name);
        return value == null || value.isEmpty() ? null : value;
    }

    private static String text(@Nullable Node node) {
        if (node == null) {
            return null;
        }
        String text = node.getTextContent();
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** Parse errors become the exception's message, not lines on standard error. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // a warning does not stop the parse
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
