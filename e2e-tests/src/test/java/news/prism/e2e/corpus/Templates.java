package news.prism.e2e.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Bodies each write endpoint accepts, the starting point of every bad request. */
public final class Templates {

    /** The topic of the corpus's stories, which no reader subscribes to, so that publishing one mails nobody. */
    public static final String STORY_TOPIC = "corpus";
    /** The topic the corpus's readers subscribe to. */
    public static final String READER_TOPIC = "corpus-readers";

    private Templates() {
    }

    /** The sample explainer in the corpus's topic, citing four sources by hand, one for each perspective. */
    public static ObjectNode story(String run) {
        ObjectNode story = (ObjectNode) resource("demo/story.json");
        story.putObject("topic").put("slug", STORY_TOPIC).put("name", "Corpus checks");
        story.put("headline", "Halvern permit model, corpus run " + run);
        ((ObjectNode) story.get("body").get(6)).put("imageUrl", "https://img.corpus.example/permit-flow.png");
        ArrayNode sources = story.putArray("sources");
        JsonNode perspectives = story.get("perspectives");
        for (int i = 0; i < perspectives.size(); i++) {
            sources.addObject().put("outlet", "Corpus Wire").put("title", "Report " + (i + 1) + " on the permit model")
                    .put("url", "https://wire.corpus.example/" + run + "/cited-" + (i + 1))
                    .put("perspective", perspectives.get(i).get("key").asText());
        }
        return story;
    }

    public static ObjectNode source(String run) {
        return JsonBodies.JSON.createObjectNode()
                .put("outlet", "Corpus Wire")
                .put("url", "https://wire.corpus.example/" + run + "/ferry-timetable")
                .put("title", "Harbour council delays its vote on the ferry timetable")
                .put("body", "The harbour council put off its vote on the winter ferry timetable after operators"
                        + " asked for more time to price the extra night crossings.")
                .put("bodyFormat", "text")
                .put("publishedAt", "2026-03-01T09:30:00+01:00")
                .put("language", "en");
    }

    public static ObjectNode ninjs(String run) {
        ObjectNode item = JsonBodies.JSON.createObjectNode()
                .put("uri", "urn:corpus:" + run + ":ferry")
                .put("versioncreated", "2026-03-01T10:00:00+01:00")
                .put("firstcreated", "2026-03-01T09:30:00+01:00")
                .put("language", "en")
                .put("by", "Corpus Desk")
                .put("copyrightholder", "Corpus Wire");
        item.putArray("headlines").addObject().put("role", "main")
                .put("value", "Ferry operators ask the harbour council for more time");
        item.putArray("bodies").addObject().put("role", "main").put("contenttype", "text/plain")
                .put("value", "Operators want another month to price the night crossings the council asked for.");
        item.putArray("subjects").addObject().put("name", "Transport");
        item.putArray("renditions").addObject().put("name", "web").put("contenttype", "text/html")
                .put("href", "https://wire.corpus.example/" + run + "/ferry-operators");
        return item;
    }

    /** A feed on loopback: were it accepted, polling it would reach no other machine. */
    public static ObjectNode feed(String run) {
        return JsonBodies.JSON.createObjectNode().put("url", "http://127.0.0.1:9/corpus/" + run + "/feed.xml")
                .put("intervalSeconds", 900);
    }

    public static ObjectNode storyStart() {
        ObjectNode start = JsonBodies.JSON.createObjectNode();
        start.putObject("topic").put("slug", STORY_TOPIC).put("name", "Corpus checks");
        return start;
    }

    public static ObjectNode subscription(String run) {
        ObjectNode subscription = JsonBodies.JSON.createObjectNode().put("email", "reader-" + run + "@corpus.example");
        subscription.putArray("topics").add(READER_TOPIC);
        return subscription;
    }

    public static ObjectNode one(String key, String value) {
        return JsonBodies.JSON.createObjectNode().put(key, value);
    }

    private static JsonNode resource(String name) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            return JsonBodies.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
