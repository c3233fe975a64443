package news.prism.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads Atom feeds and sitemaps as namespace-aware XML, and asserts on their elements. */
final class XmlDocuments {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private XmlDocuments() {
    }

    /** Parses the document (no DTDs: a feed has none), failing on anything that is not well-formed XML. */
    static Element parseXml(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    static Instant rfc3339(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    static List<Element> children(Element parent, String name) {
        return children(parent, ATOM, name);
    }

    static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The one child of that name: RFC 4287 allows exactly one of id, title, updated, published, summary. */
    static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("%s in %s", name, parent.getLocalName()).hasSize(1);
        return found.getFirst();
    }

    static String childText(Element parent, String name) {
        return only(parent, name).getTextContent();
    }

    static String childText(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        assertThat(found).as("%s in %s", name, parent.getLocalName()).hasSize(1);
        return found.getFirst().getTextContent();
    }

    static Element link(Element parent, String rel) {
        List<Element> links = children(parent, "link").stream().filter(link -> rel.equals(link.getAttribute("rel"))).toList();
        assertThat(links).as("link rel=%s in %s", rel, parent.getLocalName()).hasSize(1);
        return links.getFirst();
    }
}
