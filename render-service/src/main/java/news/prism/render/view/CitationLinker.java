package news.prism.render.view;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns editor text into HTML: every character escaped, and each citation marker {@code [n]} that names one of
 * the story's sources turned into a link to {@code #source-n}. Markers may follow each other ({@code [1][2]}).
 * A marker naming no source stays as plain text. The space before a marker becomes a no-break space, so that on a
 * narrow screen a marker never starts a line of its own.
 */
public final class CitationLinker {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,9})]");

    private final Set<Integer> sourceNumbers;

    public CitationLinker(Collection<Integer> sourceNumbers) {
        this.sourceNumbers = Set.copyOf(sourceNumbers);
    }

    public String toHtml(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + 32);
        Matcher marker = MARKER.matcher(text);
        int plainFrom = 0;
        while (marker.find()) {
            int n = Integer.parseInt(marker.group(1));
            if (sourceNumbers.contains(n)) {
                boolean spaceBefore = marker.start() > plainFrom && text.charAt(marker.start() - 1) == ' ';
                escape(text, plainFrom, spaceBefore ? marker.start() - 1 : marker.start(), html);
                if (spaceBefore) {
                    html.append("&nbsp;");
                }
                html.append("<a href=\"#source-").append(n).append("\" class=\"citation\">[").append(n).append("]</a>");
                plainFrom = marker.end();
            }
        }
        escape(text, plainFrom, text.length(), html);
        return html.toString();
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
