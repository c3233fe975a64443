package news.prism.notify.digest;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import news.prism.notify.web.Html;

/** What a digest mail says, as plain text and as HTML. */
@Singleton
class DigestText {

    /** The reader's own links at the foot of the mail. */
    record Links(String preferences, String unsubscribe) {
    }

    String subject(Digest digest, List<DigestStory> stories) {
        return "Your " + cadence(digest) + " digest: " + topicName(stories) + " · " + count(stories.size(),
                "new story", "new stories");
    }

    String plain(Digest digest, List<DigestStory> stories, Links links) {
        StringBuilder text = new StringBuilder();
        text.append(subject(digest, stories)).append("\n\n");
        for (DigestStory story : stories) {
            text.append(story.headline()).append('\n')
                    .append(story.summary()).append('\n')
                    .append(coverage(story)).append('\n')
                    .append("Read the story: ").append(story.url()).append("\n\n");
        }
        return text.append("--\n")
                .append(footer(digest, stories)).append('\n')
                .append("Change topics, frequency or time: ").append(links.preferences()).append('\n')
                .append("Unsubscribe from all Prism mail: ").append(links.unsubscribe()).append('\n')
                .toString();
    }

    String html(Digest digest, List<DigestStory> stories, Links links) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(Html.escape(subject(digest, stories))).append("</h1>\n");
        for (DigestStory story : stories) {
            html.append("<h2><a href=\"").append(Html.escape(story.url())).append("\">")
                    .append(Html.escape(story.headline())).append("</a></h2>\n")
                    .append("<p>").append(Html.escape(story.summary())).append("</p>\n")
                    .append("<p>").append(Html.escape(coverage(story))).append("</p>\n");
        }
        return html.append("<hr>\n<p>").append(Html.escape(footer(digest, stories)))
                .append(" <a href=\"").append(Html.escape(links.preferences()))
                .append("\">Change topics, frequency or time</a> · <a href=\"")
                .append(Html.escape(links.unsubscribe())).append("\">Unsubscribe</a></p>\n")
                .toString();
    }

    /** "3 outlets · 2 viewpoints". */
    static String coverage(DigestStory story) {
        return count(story.outlets(), "outlet", "outlets") + " · " + count(story.viewpoints(), "viewpoint",
                "viewpoints");
    }

    private static String footer(Digest digest, List<DigestStory> stories) {
        return "You get this because you chose a " + cadence(digest) + " digest of " + topicName(stories)
                + " on Prism.";
    }

    private static String cadence(Digest digest) {
        return digest.frequency().name().toLowerCase(Locale.ROOT);
    }

    private static String topicName(List<DigestStory> stories) {
        return stories.getLast().topicName();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
