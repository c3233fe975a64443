package news.prism.story.desk.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import news.prism.story.story.PerspectiveShares;
import news.prism.story.story.StoryContent;
import news.prism.story.story.StoryContent.Perspective;

/**
 * The perspective bar as the reader's page will draw it: each perspective's share of the coverage, given by the
 * editor or computed from the sources as publishing computes it ({@link PerspectiveShares}).
 */
public record PerspectiveBar(List<Segment> segments) {

    private static final int TOTAL = 100;

    /** The bar of the content, or none while its perspectives and sources cannot be counted yet. */
    public static PerspectiveBar of(StoryContent content) {
        boolean countable = content.perspectives().stream().allMatch(p -> p != null && p.key() != null)
                && content.sources().stream().allMatch(s -> s != null && s.perspective() != null)
                && !content.perspectives().isEmpty();
        if (!countable) {
            return new PerspectiveBar(List.of());
        }
        List<Perspective> filled = PerspectiveShares.fill(content).perspectives();
        if (filled.stream().map(Perspective::share).filter(Objects::nonNull).mapToInt(Integer::intValue).sum()
                != TOTAL) {
            return new PerspectiveBar(List.of());
        }
        List<Segment> segments = new ArrayList<>();
        int offset = 0;
        for (Perspective perspective : filled) {
            String name = perspective.name() == null ? perspective.key() : perspective.name();
            segments.add(new Segment(perspective.key(), name, perspective.share(), offset));
            offset += perspective.share();
        }
        return new PerspectiveBar(segments);
    }

    public boolean drawn() {
        return !segments.isEmpty();
    }

    /** One perspective's part of the bar, in whole percent from the left. */
    public record Segment(String key, String name, int share, int offset) {
    }
}
