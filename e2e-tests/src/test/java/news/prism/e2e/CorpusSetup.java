package news.prism.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import news.prism.devstack.Demo;
import news.prism.devstack.PrismClient;
import news.prism.devstack.PrismService;
import news.prism.devstack.PrismServices;
import news.prism.e2e.corpus.Fixtures;
import news.prism.e2e.corpus.Templates;
import news.prism.testkit.Caller;

/**
 * Makes, with valid requests, what the corpus addresses: a draft, a story in review, a published story, a
 * correction in review, a story candidate, a reader waiting to confirm and a confirmed one.
 */
final class CorpusSetup {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final PrismServices services;
    private final PrismClient client;
    private final Demo demo;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Caller newsroom = Caller.newsroom("corpus-newsroom");
    private final Caller reporter = Caller.reporter("corpus-reporter");
    private final Caller editor = Caller.editor("corpus-editor");
    private final Caller approver = Caller.editor("corpus-approver");
    /** How many stories and candidates this setup has made, which keeps their headlines and events apart. */
    private int made;

    CorpusSetup(PrismServices services, PrismClient client, Demo demo) {
        this.services = services;
        this.client = client;
        this.demo = demo;
    }

    Fixtures create() {
        String draft = createStory("draft");
        String candidate = candidate();
        client.subscribe("pending-" + run + "@corpus.example", List.of(Templates.READER_TOPIC)).expect(202);
        demo.subscribeAndConfirm("confirmed-" + run + "@corpus.example");
        return new Fixtures(run, newsroom, reporter, editor, approver, draft, inReview(), published(),
                correctionInReview(), candidate);
    }

    /**
     * A new object in the state the given one was in, for a fixture that a wrongly accepted request has moved on
     * (approved, rejected, retracted, turned into a story), so that the rest of the corpus still reaches the
     * endpoint's checks of its body; empty for an object that no request can move on.
     */
    Optional<String> remake(Fixtures fixtures, String id) {
        if (id.equals(fixtures.inReview())) {
            return Optional.of(inReview());
        }
        if (id.equals(fixtures.published())) {
            return Optional.of(published());
        }
        if (id.equals(fixtures.correctionInReview())) {
            return Optional.of(correctionInReview());
        }
        return id.equals(fixtures.candidate()) ? Optional.of(candidate()) : Optional.empty();
    }

    private String inReview() {
        String story = createStory("in-review");
        client.submitStory(story, reporter).expect(200);
        return story;
    }

    private String published() {
        String story = inReview();
        client.approveStory(story, approver).expect(200);
        return story;
    }

    private String correctionInReview() {
        String story = published();
        // Only an editor may correct a published story.
        put("/api/stories/" + story, story("corrected"), editor);
        client.submitStory(story, editor).expect(200);
        return story;
    }

    private String createStory(String state) {
        return client.createStory(story(state), reporter).expect(201).json().get("id").asText();
    }

    private ObjectNode story(String state) {
        ObjectNode story = Templates.story(run);
        story.put("headline", story.get("headline").asText() + " (" + state + " " + ++made + ")");
        return story;
    }

    /** Two reports of one event, told apart by ingest but alike enough for story-service to group them. */
    private String candidate() {
        String event = run + "-" + ++made;
        Set<String> ids = Set.of(
                report(event, 1, "According to the ferry operators, the Quillmere %s lighthouse keepers walked out at"
                        + " midnight and talks resume on Friday."),
                report(event, 2, "Night crews at the Quillmere %s lighthouses stopped work before dawn, the harbour"
                        + " master's office said, with negotiations set for the end of the week."));
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode candidates = client.get(services.baseUrl(PrismService.STORY) + "/api/candidates", reporter)
                    .expect(200).json();
            for (JsonNode candidate : candidates) {
                if (StreamSupport.stream(candidate.get("sources").spliterator(), false)
                        .map(source -> source.get("sourceId").asText()).toList().containsAll(ids)) {
                    return candidate.get("id").asText();
                }
            }
            pause();
        }
        throw new IllegalStateException("No candidate grouped the sources " + ids);
    }

    /**
     * One outlet's report: the same headline, told in words of its own, so that ingest does not take it for a near
     * duplicate of the other (a copy would be listed under its original, not as a second report).
     */
    private String report(String event, int n, String account) {
        String subject = "Quillmere " + event + " lighthouse keepers strike over night shift pay";
        ObjectNode source = JsonNodeFactory.instance.objectNode()
                .put("outlet", "Corpus Wire " + n)
                .put("url", "https://wire" + n + ".corpus.example/" + event + "/lighthouse-strike")
                .put("title", subject)
                .put("body", subject + ". " + account.formatted(event))
                .put("language", "en");
        return client.postSource(source, newsroom).expect(201).json().get("id").asText();
    }

    private void put(String path, JsonNode body, Caller caller) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(services.baseUrl(PrismService.STORY) + path))
                .header("Content-Type", "application/json")
                .header("Authorization", services.tokens().authorization(caller))
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("PUT " + path + ": " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
