package news.prism.notify.subscription;

import java.util.regex.Pattern;

/** Topic slugs as story-service writes them: {@code ai}, {@code open-source-ai}. */
public final class TopicSlugs {

    public static final int MAX_LENGTH = 64;
    public static final String RULE = "must be a topic slug of at most " + MAX_LENGTH
            + " lower-case letters, digits and single hyphens";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private TopicSlugs() {
    }

    public static boolean isSlug(String topic) {
        return topic.length() <= MAX_LENGTH && SLUG.matcher(topic).matches();
    }
}
