package news.prism.ingest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/** Real-length news articles written for the tests, in {@code src/test/resources/articles}. */
public final class Articles {

    private Articles() {
    }

    /** Every article, for tests that must hold for real texts of all kinds. */
    public static Stream<String> all() {
        return Stream.of("harbour-strike", "council-budget", "hospital-wing", "rail-tunnel", "wildfire-warning")
                .map(Articles::text);
    }

    public static String text(String name) {
        try (InputStream in = Articles.class.getResourceAsStream("/articles/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("No article " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The harbour strike as a newsroom's copy desk edits it: a few words changed in three paragraphs. */
    public static String lightlyEdited(String text) {
        return text.replaceFirst("Tuesday", "Tuesday evening")
                .replaceFirst("about 140 vessels", "roughly 140 ships")
                .replaceFirst("Economists said", "Analysts said");
    }

    /** The council budget as another outlet rewrites its first and last sentences. */
    public static String budgetRewritten(String text) {
        return text.replaceFirst("late on Monday", "late on Monday night")
                .replaceFirst("The mayor defended the plan", "The mayor stood by the plan");
    }
}
