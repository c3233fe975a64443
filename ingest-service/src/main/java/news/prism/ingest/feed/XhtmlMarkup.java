package news.prism.ingest.feed;

import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The markup inside an Atom {@code type="xhtml"} element (its wrapping div included), rebuilt from the parsed tree:
 * element names and text, escaped, without attributes. The body is cleaned as HTML afterwards.
 */
final class XhtmlMarkup {

    /** Elements that have no end tag in HTML: {@code <br></br>} would be read as two line breaks. */
    private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr", "col", "area", "source", "track");

    private XhtmlMarkup() {
    }

    static String of(Element container) {
        StringBuilder markup = new StringBuilder();
        appendChildren(container, markup);
        return markup.toString();
    }

    private static void appendChildren(Node parent, StringBuilder markup) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element element) {
                String name = element.getLocalName();
                markup.append('<').append(name).append('>');
                if (!VOID.contains(name)) {
                    appendChildren(element, markup);
                    markup.append("</").append(name).append('>');
                }
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                markup.append(escape(child.getNodeValue()));
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
