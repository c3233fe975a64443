package news.prism.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.prism.testkit.Caller;
import news.prism.testkit.MailServer;

/**
 * A story's whole way through Prism: a newsroom sends sources, a reader subscribes, a reporter writes the
 * explainer citing those sources, an editor approves it, the page appears and the reader gets one e-mail.
 */
public final class Demo {

    public static final String TOPIC = "ai";
    public static final Caller NEWSROOM = Caller.newsroom("demo-newsroom");
    public static final Caller REPORTER = Caller.reporter("alice.reporter");
    public static final Caller EDITOR = Caller.editor("bob.editor");

    private static final Pattern CONFIRM_LINK = Pattern.compile("https?://\\S+/subscriptions/confirm\\?token=[A-Za-z0-9_\\-]+");
    private static final Duration WAIT = Duration.ofSeconds(90);

    private final PrismClient client;
    private final MailServer mail;

    public Demo(PrismClient client, MailServer mail) {
        this.client = client;
        this.mail = mail;
    }

    public record Published(String storyId, String slug, String pageUrl) {
    }

    /** Sends the sample sources to ingest-service; returns their ids, in the order of the sample file. */
    public List<String> ingestSources() {
        List<String> ids = new ArrayList<>();
        for (JsonNode source : resource("demo/sources.json")) {
            ids.add(client.postSource(source, NEWSROOM).expect(201, 200).json().get("id").asText());
        }
        return ids;
    }

    /**
     * Sends {@code count} sources that no earlier run sent (their URLs and texts carry {@code run}), enough for the
     * sample explainer's perspectives; returns their ids.
     */
    public List<String> ingestFreshSources(String run, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode source = JsonNodeFactory.instance.objectNode()
                    .put("outlet", "Prism Desk")
                    .put("url", "https://desk.example/" + run + "/" + i)
                    .put("title", "Report " + i + " of run " + run)
                    .put("body", "Report " + i + " of run " + run + " on how the council debated its permit software.")
                    .put("language", "en");
            ids.add(client.postSource(source, NEWSROOM).expect(201).json().get("id").asText());
        }
        return ids;
    }

    /** Has ingest-service poll the feed; returns how many of its items the first poll took in. */
    public int pollFeed(String feedUrl) {
        String feedId = client.addFeed(feedUrl, 300, EDITOR).expect(201).json().get("id").asText();
        JsonNode lastPoll = await("the first poll of " + feedUrl, () -> {
            JsonNode feed = client.feed(feedId, EDITOR).expect(200).json();
            return Optional.ofNullable(feed.get("lastPoll"));
        });
        return lastPoll.get("ingested").asInt();
    }

    /** Subscribes the reader and follows the link of the confirmation e-mail. */
    public void subscribeAndConfirm(String email) {
        client.subscribe(email, List.of(TOPIC)).expect(201, 202);
        String body = await("a confirmation e-mail to " + email,
                () -> mailsTo(email).stream().map(CaughtMail::text).filter(t -> CONFIRM_LINK.matcher(t).find()).findFirst());
        Matcher link = CONFIRM_LINK.matcher(body);
        link.find();
        client.confirm(link.group()).expect(200);
    }

    /**
     * Writes the sample explainer citing the ingested sources by id (one for each perspective), submits it as the
     * reporter, and approves it as the editor.
     */
    public Published publishStory(List<String> sourceIds) {
        return publishStory(sourceIds, sampleHeadline());
    }

    /** The sample explainer under another headline, and so at another address. */
    public Published publishStory(List<String> sourceIds, String headline) {
        Published inReview = storyInReview(sourceIds, headline);
        approve(inReview);
        return inReview;
    }

    /** The editor approves a story in review. */
    public void approve(Published story) {
        client.approveStory(story.storyId(), EDITOR).expect(200);
    }

    /**
     * The sample explainer written and submitted as the reporter, waiting for the editor's approval; what it will
     * be once published.
     */
    public Published storyInReview(List<String> sourceIds, String headline) {
        ObjectNode story = (ObjectNode) resource("demo/story.json");
        story.put("headline", headline);
        ArrayNode sources = story.putArray("sources");
        JsonNode perspectives = story.get("perspectives");
        for (int i = 0; i < sourceIds.size(); i++) {
            sources.addObject().put("sourceId", sourceIds.get(i))
                    .put("perspective", perspectives.get(i % perspectives.size()).get("key").asText());
        }
        // story-service learns of the sources from ingest.sources.v1; until it has, it refuses the ids.
        JsonNode created = await("story-service to know the ingested sources", () -> {
            var reply = client.createStory(story, REPORTER);
            return reply.status() == 201 ? Optional.of(reply.json()) : Optional.empty();
        });
        String storyId = created.get("id").asText();
        client.submitStory(storyId, REPORTER).expect(200);
        return new Published(storyId, created.get("slug").asText(), client.pageUrl(TOPIC, created.get("slug").asText()));
    }

    public String awaitPage(String pageUrl) {
        return await("the page at " + pageUrl, () -> {
            var reply = client.get(pageUrl);
            return reply.status() == 200 ? Optional.of(reply.body()) : Optional.empty();
        });
    }

    public CaughtMail awaitStoryMail(String email, String headline) {
        return await("the story e-mail to " + email,
                () -> mailsTo(email).stream().filter(m -> headline.equals(m.subject())).findFirst());
    }

    public List<CaughtMail> mailsTo(String email) {
        return mail.receivedMessages().stream().map(CaughtMail::of).filter(m -> m.isFor(email)).toList();
    }

    public static String sampleHeadline() {
        return resource("demo/story.json").get("headline").asText();
    }

    static JsonNode resource(String name) {
        try (InputStream in = Demo.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            return PrismClient.readJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Timed out after " + WAIT.toSeconds() + " s waiting for " + what);
    }
}
