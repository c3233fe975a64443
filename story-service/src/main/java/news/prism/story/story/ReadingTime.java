package news.prism.story.story;

import java.util.regex.Pattern;

/** "N min read": the words of the whole page at a given reading speed, at least one minute. */
public final class ReadingTime {

    private static final Pattern MARKERS = Pattern.compile("\\[\\d+]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-.,][\\p{L}\\p{N}]+)*");

    private ReadingTime() {
    }

    public static int minutes(StoryContent story, int wordsPerMinute) {
        long words = words(story);
        return (int) Math.max(1, Math.round((double) words / wordsPerMinute));
    }

    /** Words a reader reads: what is shown on the page, citation markers left out. */
    public static long words(StoryContent story) {
        return StoryTexts.of(story).stream()
                .filter(StoryTexts.Text::shown)
                .mapToLong(text -> WORD.matcher(MARKERS.matcher(text.value()).replaceAll(" ")).results().count())
                .sum();
    }
}
