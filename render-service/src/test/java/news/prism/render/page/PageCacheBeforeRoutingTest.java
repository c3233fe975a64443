package news.prism.render.page;

import static news.prism.render.SampleStories.pathOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import news.prism.events.StoryPublished;
import news.prism.events.StoryRetracted;
import news.prism.render.RenderDatabase;
import news.prism.render.RenderTestProperties;
import news.prism.render.SampleStories;
import news.prism.render.StoryFeed;
import news.prism.testkit.Infrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A plain GET of a held page is answered before routing with what the controller would answer (a request carrying a
 * traceparent still goes through routing, which makes the two comparable), is counted in the same timer, keeps the
 * order of pipelined answers, and gives way to the usual route once the page is retracted.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCacheBeforeRoutingTest implements TestPropertyProvider {

    private static final String STORIES = "story.stories.v1.before-routing";
    private static final String PAGES = "render.pages.v1.before-routing";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    private final Infrastructure infrastructure = Infrastructure.shared();
    private Map<String, String> properties;
    private StoryFeed feed;
    private RenderDatabase database;

    @Inject
    EmbeddedServer server;

    @Inject
    PageCache cache;

    @Inject
    HeldPageAnswers answers;

    @Inject
    MeterRegistry meters;

    @Override
    public Map<String, String> getProperties() {
        properties = RenderTestProperties.of(infrastructure, getClass(), STORIES, PAGES);
        return properties;
    }

    @BeforeAll
    void start() {
        feed = new StoryFeed(infrastructure.bootstrapServers(), STORIES);
        database = new RenderDatabase(properties);
        await().atMost(PATIENCE).until(cache::isListening);
    }

    @AfterAll
    void stop() {
        feed.close();
    }

    @Test
    void aHeldPageIsAnsweredBeforeRoutingAsTheControllerAnswersIt() throws IOException {
        StoryPublished story = publish();
        String path = pathOf(story);
        Reply routed = exchange(get(path, "traceparent: " + TRACEPARENT))[0];
        long before = answers.answered();
        Reply held = exchange(get(path))[0];
        assertThat(answers.answered()).isEqualTo(before + 1);

        assertThat(held.status).isEqualTo(200);
        assertThat(held.body).isEqualTo(routed.body);
        assertThat(withoutDate(held.headers)).isEqualTo(withoutDate(routed.headers));
        assertThat(held.headers.get("date")).isNotBlank();
        assertThat(held.headers.get("etag")).isNotBlank();

        String etag = held.headers.get("etag");
        Reply routedNotModified = exchange(get(path, "traceparent: " + TRACEPARENT, "If-None-Match: " + etag))[0];
        Reply heldNotModified = exchange(get(path, "If-None-Match: W/" + etag))[0];
        assertThat(answers.answered()).isEqualTo(before + 2);
        assertThat(heldNotModified.status).isEqualTo(304);
        assertThat(heldNotModified.body).isEmpty();
        assertThat(withoutDate(heldNotModified.headers)).isEqualTo(withoutDate(routedNotModified.headers));
    }

    @Test
    void anAnswerGivenBeforeRoutingIsCountedInTheServersTimer() throws IOException {
        StoryPublished story = publish();
        String path = pathOf(story);
        exchange(get(path));
        long routedBefore = count("200");
        exchange(get(path, "traceparent: " + TRACEPARENT));
        assertThat(count("200")).isEqualTo(routedBefore + 1);
        long before = answers.answered();
        exchange(get(path));
        assertThat(answers.answered()).isEqualTo(before + 1);
        assertThat(count("200")).isEqualTo(routedBefore + 2);

        String etag = exchange(get(path))[0].headers.get("etag");
        exchange(get(path, "traceparent: " + TRACEPARENT, "If-None-Match: " + etag));
        long notModified = count("304");
        assertThat(notModified).isPositive();
        exchange(get(path, "If-None-Match: " + etag));
        assertThat(count("304")).isEqualTo(notModified + 1);
    }

    @Test
    void pipelinedAnswersKeepTheOrderOfTheRequests() throws IOException {
        StoryPublished story = publish();
        String path = pathOf(story);
        exchange(get(path));
        Reply[] replies = exchange(get("/ai/no-such-page-" + UUID.randomUUID()) + get(path)
                + get(path, "traceparent: " + TRACEPARENT) + get(path));
        assertThat(replies).extracting(reply -> reply.status).containsExactly(404, 200, 200, 200);
        assertThat(replies[1].body).isEqualTo(replies[3].body);
    }

    @Test
    void otherRequestsGoTheUsualWay() throws IOException {
        StoryPublished story = publish();
        String path = pathOf(story);
        exchange(get(path));
        long before = answers.answered();
        exchange(get(path, "Accept-Encoding: gzip"));
        exchange(get(path + "?utm=1"));
        exchange(get(path, "Authorization: Bearer nonsense"));
        exchange("HEAD " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        exchange(get("/assets/prism.css"));
        assertThat(answers.answered()).isEqualTo(before);
    }

    @Test
    void aRetractedPageIsNoLongerAnsweredBeforeRouting() throws IOException {
        StoryPublished story = publish();
        String path = pathOf(story);
        assertThat(exchange(get(path))[0].status).isEqualTo(200);
        String retractionId = UUID.randomUUID().toString();
        feed.send(retractionId, StoryRetracted.newBuilder().setStoryId(story.getStoryId()).setSlug(story.getSlug())
                .setTopicSlug(story.getTopic().getSlug()).setReason("The documents were forged.")
                .setRetractedBy("grace").setRetractedAt(Instant.parse("2026-06-12T10:00:00Z")).build());
        database.awaitProcessed(retractionId);
        assertThat(exchange(get(path))[0].status).isEqualTo(410);
        assertThat(exchange(get(path))[0].status).isEqualTo(410);
    }

    @Test
    void onlyPlainTwoSegmentPathsAreAddresses() {
        assertThat(HeldPageAnswers.address("/ai/a-story")).isEqualTo(new PageAddress("ai", "a-story"));
        assertThat(HeldPageAnswers.address("/ai/")).isNull();
        assertThat(HeldPageAnswers.address("/ai")).isNull();
        assertThat(HeldPageAnswers.address("//a-story")).isNull();
        assertThat(HeldPageAnswers.address("/ai/a/b")).isNull();
        assertThat(HeldPageAnswers.address("/ai/a%20b")).isNull();
        assertThat(HeldPageAnswers.address("/ai/a?b=c")).isNull();
        assertThat(HeldPageAnswers.address("http://host/ai/a")).isNull();
    }

    private long count(String status) {
        Timer timer = meters.find("http.server.requests").tags("method", "GET", "status", status,
                "uri", "304".equals(status) ? "REDIRECTION" : PageController.ROUTE, "exception", "none").timer();
        return timer == null ? 0 : timer.count();
    }

    private StoryPublished publish() {
        StoryPublished story = SampleStories.fullStory(UUID.randomUUID().toString()).build();
        feed.send(UUID.randomUUID().toString(), story);
        await().atMost(PATIENCE).until(() -> exchange(get(pathOf(story)))[0].status == 200);
        return story;
    }

    private static String get(String path, String... headers) {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return request.append("\r\n").toString();
    }

    private static Map<String, String> withoutDate(Map<String, String> headers) {
        Map<String, String> rest = new LinkedHashMap<>(headers);
        rest.remove("date");
        return rest;
    }

    record Reply(int status, Map<String, String> headers, String body) {
    }

    /** Writes the requests at once on one connection and reads as many answers (HEAD's without a body). */
    private Reply[] exchange(String requests) throws IOException {
        int count = requests.split("\r\n\r\n", -1).length - 1;
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(requests.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            Reply[] replies = new Reply[count];
            String[] each = requests.split("\r\n\r\n");
            for (int i = 0; i < count; i++) {
                replies[i] = read(in, each[i].startsWith("HEAD "));
            }
            return replies;
        }
    }

    private static Reply read(InputStream in, boolean head) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        int length = head || status == 304 ? 0 : Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("The connection ended in the middle of an answer");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
