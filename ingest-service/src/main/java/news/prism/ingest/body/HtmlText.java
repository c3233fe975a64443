package news.prism.ingest.body;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML as plain text that keeps its structure, parsed by jsoup the way a browser would (broken markup included).
 * Paragraphs and headings become paragraphs, list items {@code "- "} lines (nested ones indented), table rows
 * cells joined by {@code " | "}, quotations {@code "> "} lines, and preformatted code stays verbatim. Scripts,
 * styles, embedded objects and form controls are dropped; no markup survives, so the text is safe anywhere.
 */
@Singleton
public class HtmlText {

    private static final String DROPPED = "script, style, noscript, template, iframe, frame, object, embed, applet, "
            + "svg, math, canvas, audio, video, head, input, select, textarea, button";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SPACES = Pattern.compile("\\h+");
    private static final String PARAGRAPH_BREAK = "\n\n";
    private static final String LIST_MARK = "- ";
    private static final String INDENT = "  ";
    private static final String QUOTE_MARK = "> ";
    private static final String QUOTE_BLANK = ">";
    private static final String CELL_SEPARATOR = " | ";

    public String plainText(String html) {
        Document document = Jsoup.parse(html);
        document.select(DROPPED).remove();
        Writer writer = new Writer();
        renderChildren(document.body(), writer);
        return writer.text();
    }

    private void renderChildren(Element element, Writer writer) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                writer.inline(WHITESPACE.matcher(text.getWholeText()).replaceAll(" "));
            } else if (child instanceof Element nested) {
                render(nested, writer);
            }
        }
    }

    private void render(Element element, Writer writer) {
        switch (element.normalName()) {
            case "br" -> writer.lineBreak();
            case "hr" -> writer.endParagraph();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> writer.block(oneLine(element));
            case "ul", "ol" -> writer.block(list(element, 0));
            case "li" -> writer.block(listItem(element, 0));
            case "table" -> writer.block(table(element));
            case "blockquote" -> writer.block(quote(element));
            case "pre" -> writer.block(verbatim(element));
            case "img" -> {
                // an image carries no text of the article; its caption, if any, is a figcaption
            }
            default -> {
                if (element.isBlock()) {
                    writer.endParagraph();
                    renderChildren(element, writer);
                    writer.endParagraph();
                } else {
                    renderChildren(element, writer);
                }
            }
        }
    }

    private String list(Element list, int depth) {
        List<String> lines = new ArrayList<>();
        for (Element child : list.children()) {
            switch (child.normalName()) {
                case "li" -> lines.add(listItem(child, depth));
                case "ul", "ol" -> lines.add(list(child, depth + 1));
                default -> lines.add(INDENT.repeat(depth) + LIST_MARK + oneLine(child));
            }
        }
        return lines.stream().filter(line -> !line.isBlank()).collect(Collectors.joining("\n"));
    }

    /** The item's own text after {@code "- "}, its further lines indented under it, then its nested lists. */
    private String listItem(Element item, int depth) {
        Writer content = new Writer();
        List<String> nestedLists = new ArrayList<>();
        for (Node child : item.childNodes()) {
            if (child instanceof Element nested && (nested.nameIs("ul") || nested.nameIs("ol"))) {
                nestedLists.add(list(nested, depth + 1));
            } else if (child instanceof TextNode text) {
                content.inline(WHITESPACE.matcher(text.getWholeText()).replaceAll(" "));
            } else if (child instanceof Element nested) {
                render(nested, content);
            }
        }
        String indent = INDENT.repeat(depth);
        List<String> lines = new ArrayList<>();
        String[] own = content.text().replace(PARAGRAPH_BREAK, "\n").split("\n");
        lines.add(indent + LIST_MARK + own[0]);
        Arrays.stream(own).skip(1).map(line -> indent + INDENT + line).forEach(lines::add);
        lines.addAll(nestedLists);
        return lines.stream().filter(line -> !line.isBlank()).collect(Collectors.joining("\n"));
    }

    private String table(Element table) {
        List<String> lines = new ArrayList<>();
        Element caption = table.selectFirst("> caption");
        if (caption != null) {
            lines.add(oneLine(caption));
        }
        for (Element row : table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr")) {
            String cells = row.children().stream()
                    .filter(cell -> cell.nameIs("td") || cell.nameIs("th"))
                    .map(this::oneLine)
                    .collect(Collectors.joining(CELL_SEPARATOR));
            lines.add(cells);
        }
        return lines.stream().filter(line -> !line.isBlank()).collect(Collectors.joining("\n"));
    }

    private String quote(Element quote) {
        Writer inner = new Writer();
        renderChildren(quote, inner);
        return inner.text().lines()
                .map(line -> line.isEmpty() ? QUOTE_BLANK : QUOTE_MARK + line)
                .collect(Collectors.joining("\n"));
    }

    /** Code and other preformatted text exactly as written, only trailing spaces and blank edges removed. */
    private String verbatim(Element pre) {
        String text = pre.wholeText().lines().map(String::stripTrailing).collect(Collectors.joining("\n"));
        return text.replaceAll("^\\n+", "").stripTrailing();
    }

    private String oneLine(Element element) {
        Writer inner = new Writer();
        renderChildren(element, inner);
        return WHITESPACE.matcher(inner.text()).replaceAll(" ").strip();
    }

    /** Collects paragraphs: inline text gathers until a block ends it; blocks are kept as rendered. */
    private static final class Writer {

        private final List<String> blocks = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();

        void inline(String text) {
            paragraph.append(text);
        }

        void lineBreak() {
            paragraph.append('\n');
        }

        void endParagraph() {
            String text = paragraph.toString().lines()
                    .map(line -> SPACES.matcher(line).replaceAll(" ").strip())
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.joining("\n"));
            if (!text.isEmpty()) {
                blocks.add(text);
            }
            paragraph.setLength(0);
        }

        void block(String text) {
            endParagraph();
            if (!text.isBlank()) {
                blocks.add(text);
            }
        }

        String text() {
            endParagraph();
            return String.join(PARAGRAPH_BREAK, blocks);
        }
    }
}
