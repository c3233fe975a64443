package news.prism.render.topic;

/** Editor text as XML 1.0 allows it: characters outside XML's Char production (control characters, lone
 * surrogates) would make the whole document unreadable, so they are left out. */
public final class XmlText {

    private XmlText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int length = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && clean != null) {
                clean.appendCodePoint(c);
            }
            i += length;
        }
        return clean == null ? text : clean.toString();
    }
}
