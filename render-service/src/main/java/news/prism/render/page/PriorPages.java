package news.prism.render.page;

import java.util.Optional;

/**
 * What the database holds when a story version arrives: whether that version has its page already, whether the
 * story was retracted, its newest version so far, and where the version would stand in its topic.
 */
public record PriorPages(boolean rendered, boolean retracted, Optional<Integer> newestVersion,
                         SeriesPosition series) {
}
