package news.prism.story.candidate;

/** A source's title as the first headline of a story: one line, cut at a word boundary when it is too long. */
final class Headlines {

    private static final String ELLIPSIS = "…";

    private Headlines() {
    }

    static String fromTitle(String title, int maxLength) {
        String line = title.strip().replaceAll("\\s+", " ");
        if (line.length() <= maxLength) {
            return line;
        }
        String cut = line.substring(0, maxLength - ELLIPSIS.length());
        int lastSpace = cut.lastIndexOf(' ');
        // A word boundary in the second half keeps most of the title; otherwise cut inside the (long) word.
        if (lastSpace > cut.length() / 2) {
            cut = cut.substring(0, lastSpace);
        }
        return cut.stripTrailing() + ELLIPSIS;
    }
}
