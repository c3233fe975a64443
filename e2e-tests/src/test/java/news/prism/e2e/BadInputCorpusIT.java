package news.prism.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.prism.devstack.Demo;
import news.prism.devstack.PrismClient;
import news.prism.devstack.PrismServices;
import news.prism.e2e.corpus.AnswerCheck;
import news.prism.e2e.corpus.BadRequest;
import news.prism.e2e.corpus.Corpus;
import news.prism.e2e.corpus.Fixtures;
import news.prism.e2e.corpus.RawHttp;
import news.prism.testkit.Infrastructure;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus: several hundred requests that each break one thing (a field's characters, type or length,
 * the document's syntax, encoding, depth or size, the content type, an id or a token), sent to every write endpoint
 * of the four running services. Each must be refused with a 4xx problem+json naming the field it broke, with no
 * database message and nothing of the request in it; and together they must leave every table of every service's
 * database with as many rows as before, and every output topic without a new record.
 */
class BadInputCorpusIT {

    private static final int MINIMUM_CORPUS = 500;
    private static final int ANSWER_EXCERPT = 200;
    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final List<String> OUTPUT_TOPICS = List.of("ingest.sources.v1", "ingest.rejections.v1",
            "story.stories.v1", "render.pages.v1", "notify.deliveries.v1");
    /** Each consumer group and the topic it reads: the setup's events must have been handled before counting. */
    private static final Map<String, String> CONSUMERS = Map.of("story-service", "ingest.sources.v1",
            "render-service", "story.stories.v1", "notify-service", "render.pages.v1");

    private static Infrastructure infrastructure;
    private static PrismServices services;
    private static Topics topics;
    private static CorpusSetup setup;
    private static Fixtures fixtures;

    @BeforeAll
    static void setUp() {
        infrastructure = Infrastructure.shared();
        services = RunningPrism.services();
        topics = new Topics(infrastructure.bootstrapServers());
        PrismClient client = new PrismClient(services);
        setup = new CorpusSetup(services, client, new Demo(client, infrastructure.mail()));
        fixtures = setup.create();
    }

    private record Failure(BadRequest request, int status, String answer, List<String> problems) {

        @Override
        public String toString() {
            return request + " -> " + status + " " + String.join("; ", problems) + ": " + answer;
        }
    }

    @Test
    void everyBadRequestIsRefusedByNameAndChangesNothing() throws Exception {
        List<BadRequest> corpus = Corpus.of(fixtures);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(MINIMUM_CORPUS);

        Map<String, Long> rowsBefore = settledRowCounts();
        Map<String, Long> recordsBefore = topics.ends(OUTPUT_TOPICS);
        Instant started = Instant.now();
        List<Failure> failures = new ArrayList<>();
        Map<String, String> remade = new TreeMap<>();
        int remakes = 0;
        for (BadRequest request : corpus) {
            String target = request.target();
            for (Map.Entry<String, String> fixture : remade.entrySet()) {
                target = target.replace(fixture.getKey(), fixture.getValue());
            }
            RawHttp.Answer answer = RawHttp.send(URI.create(services.baseUrl(request.service())).getPort(),
                    request.method(), target, request.headers(), request.body());
            if (answer.status() >= 200 && answer.status() < 300) {
                remakes += remakeMovedOnFixture(request.target(), remade);
            }
            List<String> problems = AnswerCheck.problems(request, answer);
            if (!problems.isEmpty()) {
                String text = answer.text();
                failures.add(new Failure(request, answer.status(),
                        text.substring(0, Math.min(ANSWER_EXCERPT, text.length())), problems));
            }
        }
        Duration sending = Duration.between(started, Instant.now());
        Map<String, Long> rowsAfter = settledRowCounts();
        Map<String, Long> recordsAfter = topics.ends(OUTPUT_TOPICS);

        printTotals(corpus, failures, sending);
        System.out.printf("Fixtures made again after an accepted request moved them on: %d%n", remakes);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(failures).as("%d of %d bad requests not refused as they should be:%n%s", failures.size(),
                corpus.size(), failures.stream().map(Failure::toString).collect(Collectors.joining("\n"))).isEmpty();
        softly.assertThat(changed(rowsBefore, rowsAfter))
                .as("tables whose row count the corpus changed (before -> after; %d fixtures made again after"
                        + " accepted requests count too)", remakes).isEmpty();
        softly.assertThat(changed(recordsBefore, recordsAfter))
                .as("output topics the corpus wrote to (before -> after)").isEmpty();
        softly.assertAll();
    }

    /** A fixture that an accepted request addressed may be in another state now: later requests get a new one. */
    private static int remakeMovedOnFixture(String target, Map<String, String> remade) {
        int remakes = 0;
        for (String id : List.of(fixtures.inReview(), fixtures.published(), fixtures.correctionInReview(),
                fixtures.candidate())) {
            if (target.contains(id)) {
                remade.put(id, setup.remake(fixtures, id).orElseThrow());
                remakes++;
            }
        }
        return remakes;
    }

    /** The row counts once the setup's events have been handled everywhere and nothing moves any more. */
    private static Map<String, Long> settledRowCounts() throws Exception {
        for (Map.Entry<String, String> consumer : CONSUMERS.entrySet()) {
            topics.awaitCaughtUp(consumer.getKey(), consumer.getValue(), SETTLE);
        }
        Instant deadline = Instant.now().plus(SETTLE);
        Map<String, Long> previous = RowCounts.of(infrastructure.database());
        while (true) {
            Thread.sleep(1_000);
            Map<String, Long> now = RowCounts.of(infrastructure.database());
            if (now.equals(previous)) {
                return now;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Row counts still moving after " + SETTLE + ": " + changed(previous, now));
            }
            previous = now;
        }
    }

    private static Map<String, String> changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new TreeMap<>();
        for (String key : after.keySet()) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                changed.put(key, before.get(key) + " -> " + after.get(key));
            }
        }
        return changed;
    }

    private static void printTotals(List<BadRequest> corpus, List<Failure> failures, Duration sending) {
        System.out.printf("Bad-input corpus: %d requests sent in %d s, %d not refused as they should be%n",
                corpus.size(), sending.toSeconds(), failures.size());
        List<BadRequest> failed = failures.stream().map(Failure::request).toList();
        print("family", corpus, failed, request -> request.family().name());
        print("service", corpus, failed, request -> request.service().module());
        print("endpoint", corpus, failed, request -> request.service().module() + " " + request.endpoint());
        print("endpoint and family (failing only)", failed, failed,
                request -> request.service().module() + " " + request.endpoint() + " " + request.family());
    }

    private static void print(String by, List<BadRequest> sent, List<BadRequest> failed,
                              Function<BadRequest, String> key) {
        Map<String, Long> all = sent.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        Map<String, Long> failing = failed.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        System.out.println("By " + by + " (sent / failing):");
        all.forEach((name, count) -> System.out.printf("  %-70s %5d / %d%n", name, count,
                failing.getOrDefault(name, 0L)));
    }
}
