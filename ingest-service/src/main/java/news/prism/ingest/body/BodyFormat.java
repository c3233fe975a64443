package news.prism.ingest.body;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a submitted body is written. Whatever the format, the service stores and sends plain text. */
public enum BodyFormat {
    TEXT,
    MARKDOWN,
    HTML;

    /** The names the API accepts, as it spells them: {@code text, markdown, html}. */
    public static String names() {
        return Arrays.stream(values()).map(BodyFormat::label).collect(Collectors.joining(", "));
    }

    public static Optional<BodyFormat> parse(String name) {
        return Arrays.stream(values()).filter(format -> format.label().equalsIgnoreCase(name.strip())).findFirst();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
