package news.prism.notify.subscription;

/** How a subscriber hears of a topic's stories: a mail per story, or one digest a day or a week. */
public enum Frequency {
    EACH_STORY,
    DAILY,
    WEEKLY;

    public boolean isDigest() {
        return this != EACH_STORY;
    }
}
