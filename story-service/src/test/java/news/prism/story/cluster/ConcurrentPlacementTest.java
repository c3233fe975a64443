package news.prism.story.cluster;

import static news.prism.story.cluster.NewsTexts.BRIDGE_COASTAL;
import static news.prism.story.cluster.NewsTexts.BRIDGE_HERALD;
import static news.prism.story.cluster.NewsTexts.BRIDGE_RADIO;
import static news.prism.story.cluster.NewsTexts.BUDGET;
import static news.prism.story.cluster.NewsTexts.FERRY_STRIKE;
import static news.prism.story.cluster.NewsTexts.HEAT_HERALD;
import static news.prism.story.cluster.NewsTexts.HEAT_RADIO;
import static news.prism.story.cluster.NewsTexts.RATES;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import news.prism.story.ServiceTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Sources placed at the same moment in transactions of their own, as two consumer threads or two instances do.
 * Each test places its sources in a week of its own, so that no test's sources are within another's window.
 */
@MicronautTest(transactional = false)
class ConcurrentPlacementTest extends ServiceTestSupport {

    private static final String SOURCES = "ingest.sources.v1.concurrent-placement-test";
    private static final long TIMEOUT_SECONDS = 20;
    // Long enough for the other transaction to read the candidates while this one has not committed yet.
    private static final Duration BEFORE_COMMIT = Duration.ofSeconds(1);
    private static final AtomicInteger WEEKS = new AtomicInteger();

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @Inject
    Placements placements;

    @Override
    protected String name() {
        return "concurrent_placement";
    }

    @Override
    public Map<String, String> getProperties() {
        // A topic of this class's own: other test classes' sources would otherwise be placed among these.
        infrastructure.createTopics(SOURCES);
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("prism.topics.sources", SOURCES);
        return properties;
    }

    @AfterAll
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void twoReportsOfOneEventPlacedAtTheSameMomentEndUpInOneCandidate() throws Exception {
        String week = week();
        SourceText herald = in(week, BRIDGE_HERALD);
        SourceText coastal = in(week, BRIDGE_COASTAL);
        // The herald's report is placed but not committed until the coastal one has begun to place itself and
        // had the time to read: without locks it would read the candidates without the herald's report in them.
        placeOverlapping(List.of(Arrival.report(herald)), List.of(Arrival.report(coastal)));

        assertThat(inOneCandidate(herald, coastal)).as("the two reports share a candidate").isTrue();
    }

    @Test
    void twoUnrelatedSourcesArePlacedSideBySideWithoutWaitingForEachOther() throws Exception {
        String week = week();
        SourceText heat = in(week, HEAT_HERALD);
        SourceText rates = in(week, RATES);
        CountDownLatch bothPlaced = new CountDownLatch(2);

        // Each transaction waits, before it commits, until the other has placed its source too: had either to
        // wait for the other's locks, neither would get there.
        List<Future<Boolean>> placed = new ArrayList<>();
        for (SourceText source : List.of(heat, rates)) {
            placed.add(threads.submit(() -> {
                boolean[] sideBySide = new boolean[1];
                placements.place(source, () -> {
                    bothPlaced.countDown();
                    sideBySide[0] = await(bothPlaced);
                });
                return sideBySide[0];
            }));
        }

        for (Future<Boolean> each : placed) {
            assertThat(each.get(TIMEOUT_SECONDS * 2, TimeUnit.SECONDS)).as("placed while the other was").isTrue();
        }
        assertThat(count("SELECT count(*) FROM candidate_members WHERE source_id IN (?, ?)", heat.sourceId(),
                rates.sourceId())).isZero();
    }

    @Test
    void manySourcesPlacedAtOnceFormTheCandidatesTheyFormOneByOne() throws Exception {
        Random random = new Random(11);
        for (int round = 0; round < 4; round++) {
            String week = week();
            List<SourceText> all = shuffledNewsOf(week, random);
            CyclicBarrier start = new CyclicBarrier(all.size());
            List<Future<?>> placed = new ArrayList<>();
            for (SourceText source : all) {
                placed.add(threads.submit(() -> {
                    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    placements.place(source);
                    return null;
                }));
            }
            for (Future<?> each : placed) {
                each.get(TIMEOUT_SECONDS * 2, TimeUnit.SECONDS);
            }

            assertBridgeAndHeatCandidates(week, all, "arriving at once");
            assertThat(count("SELECT count(*) FROM candidate_members m WHERE NOT EXISTS "
                    + "(SELECT 1 FROM candidate_clusters c WHERE c.id = m.cluster_id)")).isZero();
        }
    }

    @Test
    void sourcesPlacedAsOneBatchFormTheCandidatesTheyFormOneByOne() {
        Random random = new Random(13);
        for (int round = 0; round < 4; round++) {
            String week = week();
            List<SourceText> all = shuffledNewsOf(week, random);

            placements.inTransaction(inside -> inside.storeAndPlaceAll(all.stream().map(Arrival::report).toList()));

            assertBridgeAndHeatCandidates(week, all, "arriving in one batch");
        }
    }

    @Test
    void aCopyInABatchJoinsItsOriginalsReportOnlyWhenTheOriginalCameBeforeIt() {
        String week = week();
        SourceText herald = in(week, BRIDGE_HERALD);
        SourceText early = copy(herald, "early");
        SourceText late = copy(herald, "late");
        SourceText heat = in(week, HEAT_HERALD);
        SourceText heatCopy = copy(heat, "copy");

        // The early copy names an original that has not arrived yet: it is a report of its own.
        placements.inTransaction(inside -> inside.storeAndPlaceAll(List.of(new Arrival(early, herald.sourceId()),
                Arrival.report(herald), new Arrival(late, herald.sourceId()), Arrival.report(heat),
                new Arrival(heatCopy, heat.sourceId()))));

        assertThat(copyOf(early)).as("the early copy is a report").isEmpty();
        assertThat(copyOf(late)).isEqualTo(herald.sourceId());
        assertThat(inOneCandidate(herald, late)).isTrue();
        assertThat(inOneCandidate(herald, early)).as("alike as reports").isTrue();
        assertThat(copyOf(heatCopy)).isEqualTo(heat.sourceId());
        assertThat(inOneCandidate(heat, heatCopy)).isTrue();
        assertThat(count("SELECT count(*) FROM candidate_keys WHERE source_id IN (?, ?)", late.sourceId(),
                heatCopy.sourceId())).as("copies are not indexed").isZero();
    }

    @Test
    void twoBatchesSharingAnEventPlacedAtTheSameMomentPutItsReportsInOneCandidate() throws Exception {
        String week = week();
        List<Arrival> first = List.of(Arrival.report(in(week, BRIDGE_HERALD)), Arrival.report(in(week, BUDGET)));
        List<Arrival> second = List.of(Arrival.report(in(week, RATES)), Arrival.report(in(week, BRIDGE_COASTAL)));
        placeOverlapping(first, second);

        assertThat(inOneCandidate(first.getFirst().text(), second.getLast().text()))
                .as("the bridge's two reports share a candidate").isTrue();
    }

    /**
     * Places {@code first} in a transaction that commits only once {@code second} has begun to place itself in
     * another and had the time to read.
     */
    private void placeOverlapping(List<Arrival> first, List<Arrival> second) throws Exception {
        CountDownLatch firstPlaced = new CountDownLatch(1);
        CountDownLatch secondPlacing = new CountDownLatch(1);
        Future<?> one = threads.submit(() -> placements.inTransaction(inside -> {
            inside.storeAndPlaceAll(first);
            firstPlaced.countDown();
            await(secondPlacing);
            sleep(BEFORE_COMMIT);
        }));
        Future<?> two = threads.submit(() -> {
            await(firstPlaced);
            placements.inTransaction(inside -> {
                secondPlacing.countDown();
                inside.storeAndPlaceAll(second);
            });
        });
        one.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        two.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The report the member is a copy of, or "" for a report. */
    private String copyOf(SourceText member) {
        return string("SELECT coalesce(copy_of, '') FROM candidate_members WHERE source_id = ?",
                member.sourceId());
    }

    /** A near-duplicate copy of the text: the same words, a word of the title changed. */
    private static SourceText copy(SourceText original, String suffix) {
        return new SourceText(original.sourceId() + "-" + suffix, original.title() + " " + suffix,
                original.excerpt(), original.time().plusSeconds(60));
    }

    /** The candidates of these sources, as sets of source ids. */
    /**
     * The eight news texts in {@code week}, shuffled, with the term counts of earlier rounds forgotten: as in
     * PlacementTest, the counts are this round's sources' alone, since in a corpus of a handful of texts other
     * weeks' bridge reports would make the bridge's words common and tip a score.
     */
    private List<SourceText> shuffledNewsOf(String week, Random random) {
        execute("DELETE FROM candidate_term_counts");
        execute("DELETE FROM candidate_document_counts");
        List<SourceText> all = new ArrayList<>(List.of(BRIDGE_HERALD, BRIDGE_COASTAL, BRIDGE_RADIO, HEAT_HERALD,
                HEAT_RADIO, BUDGET, FERRY_STRIKE, RATES).stream().map(text -> in(week, text)).toList());
        Collections.shuffle(all, random);
        return all;
    }

    /** The bridge's three reports form one candidate, the heat's two another, and nothing else is grouped. */
    private void assertBridgeAndHeatCandidates(String week, List<SourceText> all, String arriving) {
        assertThat(groups(all)).as("%s as %s", arriving, all.stream().map(SourceText::sourceId).toList())
                .containsExactlyInAnyOrder(
                        Set.of(in(week, BRIDGE_HERALD).sourceId(), in(week, BRIDGE_COASTAL).sourceId(),
                                in(week, BRIDGE_RADIO).sourceId()),
                        Set.of(in(week, HEAT_HERALD).sourceId(), in(week, HEAT_RADIO).sourceId()));
    }

    private List<Set<String>> groups(List<SourceText> sources) {
        List<Set<String>> groups = new ArrayList<>();
        List<SourceText> left = new ArrayList<>(sources);
        while (!left.isEmpty()) {
            SourceText first = left.removeFirst();
            if (count("SELECT count(*) FROM candidate_members WHERE source_id = ?", first.sourceId()) == 0) {
                continue;
            }
            Set<String> group = new HashSet<>(Set.of(first.sourceId()));
            left.removeIf(other -> inOneCandidate(first, other) && group.add(other.sourceId()));
            groups.add(group);
        }
        return groups;
    }

    private boolean inOneCandidate(SourceText a, SourceText b) {
        return count("""
                SELECT count(*) FROM candidate_members a JOIN candidate_members b ON a.cluster_id = b.cluster_id
                WHERE a.source_id = ? AND b.source_id = ?""", a.sourceId(), b.sourceId()) == 1;
    }

    private static String week() {
        return "w" + WEEKS.incrementAndGet();
    }

    /** The text with an id of this week's, moved by as many four-week steps as the week's number. */
    private static SourceText in(String week, SourceText text) {
        int number = Integer.parseInt(week.substring(1));
        return new SourceText(week + "-" + text.sourceId(), text.title(), text.excerpt(),
                text.time().plus(Duration.ofDays(28L * number)));
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
