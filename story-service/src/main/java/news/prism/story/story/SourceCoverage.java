package news.prism.story.story;

import java.util.Locale;
import java.util.Objects;
import news.prism.story.story.StoryContent.Source;

/** "N outlets, M viewpoints surfaced": how broad a story's sources are. */
public final class SourceCoverage {

    private SourceCoverage() {
    }

    /** Distinct outlets among the sources; "Lindenport Herald" and "lindenport herald " are one outlet. */
    public static int outlets(StoryContent story) {
        return (int) story.sources().stream().filter(Objects::nonNull).map(Source::outlet)
                .filter(outlet -> outlet != null && !outlet.isBlank())
                .map(outlet -> outlet.strip().toLowerCase(Locale.ROOT))
                .distinct().count();
    }

    /** Distinct perspectives the sources speak for. */
    public static int viewpoints(StoryContent story) {
        return (int) story.sources().stream().filter(Objects::nonNull).map(Source::perspective)
                .filter(perspective -> perspective != null && !perspective.isBlank())
                .distinct().count();
    }
}
