package news.prism.e2e.corpus;

/** What the corpus injects; {@link #MARKER} goes with it wherever it can, so that an answer echoing it is caught. */
public final class Garbage {

    public static final String MARKER = "zq7corpusmark";

    private Garbage() {
    }

    /** A JSON string literal (quotes included) holding the escape between two markers, e.g. {@code \u0000}. */
    static String escapedBetweenMarkers(String jsonEscape) {
        return "\"" + MARKER + jsonEscape + MARKER + "\"";
    }

    static String repeat(String unit, int length) {
        return unit.repeat(Math.max(1, length / unit.length()));
    }
}
