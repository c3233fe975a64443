package news.prism.render.view;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns editor text into HTML: every character escaped, and each citation marker {@code [n]} that names one of
 * the story's sources turned into a link to {@code #source-n}. A marker naming no source stays as plain text.
 * Markers that follow each other ({@code [1][7]}) are one group, wrapped in a {@code span.citations} that the
 * stylesheet keeps on one line; the group is glued to the word before it (the space before it becomes a no-break
 * space, no space a word joiner), so that on a narrow screen no marker ever starts a line.
 */
public final class CitationLinker {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,9})]");
    private static final String NO_BREAK_SPACE = "&nbsp;";
    private static final String WORD_JOINER = "&#8288;";

    private final Set<Integer> sourceNumbers;

    public CitationLinker(Collection<Integer> sourceNumbers) {
        this.sourceNumbers = Set.copyOf(sourceNumbers);
    }

    public String toHtml(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + 64);
        Matcher marker = MARKER.matcher(text);
        int plainFrom = 0;
        boolean inGroup = false;
        while (marker.find()) {
            int n = Integer.parseInt(marker.group(1));
            if (!sourceNumbers.contains(n)) {
                continue;
            }
            if (inGroup && marker.start() == plainFrom) {
                html.append(link(n));
            } else {
                if (inGroup) {
                    html.append("</span>");
                }
                openGroup(text, plainFrom, marker.start(), html);
                html.append(link(n));
                inGroup = true;
            }
            plainFrom = marker.end();
        }
        if (inGroup) {
            html.append("</span>");
        }
        escape(text, plainFrom, text.length(), html);
        return html.toString();
    }

    /** Writes the text before a group, glued to it, and opens the group. */
    private static void openGroup(String text, int plainFrom, int groupStart, StringBuilder html) {
        boolean spaceBefore = groupStart > plainFrom && text.charAt(groupStart - 1) == ' ';
        escape(text, plainFrom, spaceBefore ? groupStart - 1 : groupStart, html);
        if (spaceBefore) {
            html.append(NO_BREAK_SPACE);
        } else if (groupStart > 0 && !Character.isWhitespace(text.charAt(groupStart - 1))) {
            html.append(WORD_JOINER);
        }
        html.append("<span class=\"citations\">");
    }

    private static String link(int n) {
        return "<a href=\"#source-" + n + "\" class=\"citation\">[" + n + "]</a>";
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
