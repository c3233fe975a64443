package news.prism.story.source;

/** Shortens a source's text to an excerpt, at a word boundary where there is one. */
final class Excerpts {

    private static final String ELLIPSIS = "…";

    private Excerpts() {
    }

    static String of(String text, int maxLength) {
        String normalized = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (normalized.length() <= maxLength) {
            return normalized;
        }
        String cut = normalized.substring(0, maxLength);
        int lastSpace = cut.lastIndexOf(' ');
        // A word boundary in the second half keeps most of the text; otherwise cut inside the (long) word.
        if (lastSpace > maxLength / 2) {
            cut = cut.substring(0, lastSpace);
        }
        return cut.stripTrailing() + ELLIPSIS;
    }
}
