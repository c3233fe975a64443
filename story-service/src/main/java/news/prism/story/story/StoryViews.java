package news.prism.story.story;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Builds the API's view of a story, with what is computed from its working copy. */
@Singleton
public class StoryViews {

    private final StorySettings settings;

    public StoryViews(StorySettings settings) {
        this.settings = settings;
    }

    public StoryView of(Story story) {
        StoryContent content = story.content();
        Map<String, Integer> shares = new LinkedHashMap<>();
        PerspectiveShares.fill(content).perspectives().stream().filter(Objects::nonNull)
                .forEach(perspective -> shares.put(perspective.key(), perspective.share()));
        return new StoryView(story.id(), story.status(), story.slug(), story.author(), story.lastEditor(),
                story.revision(), story.currentVersion(), story.live(), story.firstPublishedAt(), story.createdAt(),
                story.updatedAt(), ReadingTime.minutes(content, settings.readingWordsPerMinute()),
                SourceCoverage.outlets(content), SourceCoverage.viewpoints(content), shares, content);
    }
}
