package news.prism.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import news.prism.ingest.intake.IntakeResult;
import news.prism.ingest.intake.Offer;
import news.prism.ingest.intake.SourceIntake;
import news.prism.ingest.support.HttpIntakeTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Intakes wait only for the intakes they share something with: one holds its transaction open after deciding, and
 * an unrelated intake completes meanwhile, while a near duplicate of what it took in waits for its commit and is then
 * linked to it. A batch over the lock budget holds off every other intake.
 */
@MicronautTest(transactional = false)
class IntakeLockingTest extends HttpIntakeTest {

    /** One source locks 2 + 24 keys (its address, its text, its bands): one stays under this budget, five do not. */
    private static final int MAX_KEYS = 60;
    private static final int WIDE_BATCH = 5;
    private static final Duration FINISHES_WITHIN = Duration.ofSeconds(20);
    /** Long enough for an intake that was not held off to finish many times over. */
    private static final Duration HELD_OFF_FOR = Duration.ofSeconds(2);
    private static final int WORDS = 200;

    @Inject
    SourceIntake intake;

    @Inject
    SourceNormalizer normalizer;

    @Inject
    TransactionOperations<Connection> transactions;

    private ExecutorService threads;
    private final Random random = new Random(11);

    @Override
    protected Map<String, String> settings() {
        return Map.of("prism.ingest.decision-locks.max-keys", Integer.toString(MAX_KEYS));
    }

    @BeforeEach
    void startThreads() {
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void anUnrelatedIntakeCompletesWhileAnotherHoldsItsLocks() throws Exception {
        Held held = holdOpen(List.of(offer(text())));

        List<IntakeResult> other = intake.takeAll(List.of(offer(text())));

        assertThat(other.getFirst()).isInstanceOf(IntakeResult.Ingested.class);
        assertThat(held.commit()).isInstanceOf(IntakeResult.Ingested.class);
    }

    @Test
    void aNearDuplicateWaitsForTheOriginalsCommitAndIsLinkedToIt() throws Exception {
        String text = text();
        Held held = holdOpen(List.of(offer(text)));

        Future<List<IntakeResult>> copy = threads.submit(() -> intake.takeAll(List.of(offer(edited(text)))));

        assertThat(waitsAtLeast(copy)).as("the copy waits for the original's intake").isTrue();
        Source original = ((IntakeResult.Ingested) held.commit()).source();
        Source linked = ((IntakeResult.Ingested) copy.get(FINISHES_WITHIN.toSeconds(), TimeUnit.SECONDS).getFirst())
                .source();
        assertThat(linked.nearDuplicateOf()).isEqualTo(original.id());
    }

    @Test
    void aBatchOverTheLockBudgetHoldsOffEveryOtherIntake() throws Exception {
        Held held = holdOpen(IntStream.range(0, WIDE_BATCH).mapToObj(i -> offer(text())).toList());

        Future<List<IntakeResult>> other = threads.submit(() -> intake.takeAll(List.of(offer(text()))));

        assertThat(waitsAtLeast(other)).as("an unrelated intake waits for the wide batch").isTrue();
        held.commit();
        assertThat(other.get(FINISHES_WITHIN.toSeconds(), TimeUnit.SECONDS).getFirst())
                .isInstanceOf(IntakeResult.Ingested.class);
    }

    /** Takes the offers in on another thread, in a transaction kept open until {@link Held#commit}. */
    private Held holdOpen(List<Offer> offers) throws Exception {
        CountDownLatch decided = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<IntakeResult> result = new CompletableFuture<>();
        threads.submit(() -> transactions.executeWrite(status -> {
            try {
                result.complete(intake.takeAll(offers).getFirst());
                decided.countDown();
                release.await();
            } catch (RuntimeException | InterruptedException e) {
                result.completeExceptionally(e);
            }
            return null;
        }));
        assertThat(decided.await(FINISHES_WITHIN.toSeconds(), TimeUnit.SECONDS)).as("the held intake decided").isTrue();
        return new Held(result, release);
    }

    private static boolean waitsAtLeast(Future<?> intake) throws Exception {
        Thread.sleep(HELD_OFF_FOR.toMillis());
        return !intake.isDone();
    }

    private Offer offer(String body) {
        String url = "https://locking.example/" + UUID.randomUUID();
        var submission = new SourceSubmission(null, url, "Report " + url, body, null, null, null, null, List.of(),
                null);
        return new Offer(normalizer.normalize(submission, FieldPath.root()), Origin.http("locking-test"));
    }

    /** Words drawn at random: unrelated to any other such text. */
    private String text() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < WORDS; i++) {
            text.append("w").append(Integer.toString(random.nextInt(1_000_000), 36)).append(' ');
        }
        return text.toString().strip();
    }

    /** The text with one word replaced: far above any near-duplicate threshold. */
    private static String edited(String text) {
        return text.replaceFirst(" ", " edited ");
    }

    private record Held(CompletableFuture<IntakeResult> result, CountDownLatch release) {

        IntakeResult commit() throws Exception {
            IntakeResult decided = result.get(FINISHES_WITHIN.toSeconds(), TimeUnit.SECONDS);
            release.countDown();
            return decided;
        }
    }
}
