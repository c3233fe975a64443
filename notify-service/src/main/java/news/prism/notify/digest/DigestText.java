package news.prism.notify.digest;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.prism.notify.NotifySettings;
import news.prism.notify.web.Templates;

/** What a digest mail says: plain text here, HTML from {@code mails/digest.jte}. */
@Singleton
class DigestText {

    /** The reader's own links at the foot of the mail. */
    record Links(String preferences, String unsubscribe) {
    }

    private final Templates templates;
    private final String siteName;

    DigestText(Templates templates, NotifySettings settings) {
        this.templates = templates;
        this.siteName = settings.siteName();
    }

    String subject(Digest digest, List<DigestStory> stories) {
        return "Your " + cadence(digest) + " digest: " + topicName(stories) + " · "
                + DigestStory.count(stories.size(), "new story", "new stories");
    }

    String plain(Digest digest, List<DigestStory> stories, Links links) {
        StringBuilder text = new StringBuilder();
        text.append(subject(digest, stories)).append("\n\n");
        for (DigestStory story : stories) {
            text.append(story.headline()).append('\n')
                    .append(story.summary()).append('\n')
                    .append(story.coverage()).append('\n')
                    .append("Read the story: ").append(story.url()).append("\n\n");
        }
        return text.append("--\n")
                .append(footer(digest, stories)).append('\n')
                .append("Change topics, frequency or time: ").append(links.preferences()).append('\n')
                .append("Unsubscribe from all ").append(siteName).append(" mail: ").append(links.unsubscribe())
                .append('\n')
                .toString();
    }

    String html(Digest digest, List<DigestStory> stories, Links links) {
        return templates.render("mails/digest", Map.of("heading", subject(digest, stories), "stories", stories,
                "footer", footer(digest, stories), "preferencesLink", links.preferences(),
                "unsubscribeLink", links.unsubscribe()));
    }

    private String footer(Digest digest, List<DigestStory> stories) {
        return "You get this because you chose a " + cadence(digest) + " digest of " + topicName(stories) + " on "
                + siteName + ".";
    }

    private static String cadence(Digest digest) {
        return digest.frequency().name().toLowerCase(Locale.ROOT);
    }

    private static String topicName(List<DigestStory> stories) {
        return stories.getLast().topicName();
    }
}
