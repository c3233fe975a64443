package news.prism.e2e.corpus;

/**
 * A field of a request body the corpus breaks, by its JSON path ({@code body[3].attribution}).
 *
 * @param required whether leaving it out or blank must be refused
 * @param tooLong a length (characters, or elements for a list) beyond any limit the field may have
 * @param alsoNamed another name an answer may give the field (a ninjs headline missing as a whole is
 *                  {@code headlines}), or null
 */
public record Field(String path, Kind kind, boolean required, int tooLong, String alsoNamed) {

    public enum Kind { TEXT, URL, FEED_URL, INTEGER, BOOLEAN, LIST, OBJECT }

    /** Beyond any field's limit, yet within the smallest request body a service takes (story-service's 512 KB). */
    private static final int LONG_TEXT = 256 * 1024;
    private static final int LONG_URL = 10 * 1024;
    private static final int LONG_LIST = 10_000;

    public static Field text(String path) {
        return new Field(path, Kind.TEXT, false, LONG_TEXT, null);
    }

    public static Field url(String path) {
        return new Field(path, Kind.URL, false, LONG_URL, null);
    }

    public static Field feedUrl(String path) {
        return new Field(path, Kind.FEED_URL, true, LONG_URL, null);
    }

    public static Field integer(String path) {
        return new Field(path, Kind.INTEGER, false, 0, null);
    }

    public static Field bool(String path) {
        return new Field(path, Kind.BOOLEAN, false, 0, null);
    }

    public static Field list(String path) {
        return new Field(path, Kind.LIST, false, LONG_LIST, null);
    }

    public static Field object(String path) {
        return new Field(path, Kind.OBJECT, false, 0, null);
    }

    public Field mandatory() {
        return new Field(path, kind, true, tooLong, alsoNamed);
    }

    public Field tooLong(int length) {
        return new Field(path, kind, required, length, alsoNamed);
    }

    public Field alsoNamed(String name) {
        return new Field(path, kind, required, tooLong, name);
    }

    /** The path as an element of a batch names it. */
    public Field within(String prefix) {
        return new Field(prefix + path, kind, required, tooLong, alsoNamed == null ? null : prefix + alsoNamed);
    }

    public boolean isText() {
        return kind == Kind.TEXT || kind == Kind.URL || kind == Kind.FEED_URL;
    }
}
