package news.prism.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import news.prism.ingest.dedup.NearDuplicateSettings;
import news.prism.ingest.intake.IntakeResult;
import news.prism.ingest.intake.Offer;
import news.prism.ingest.intake.SourceIntake;
import news.prism.ingest.support.HttpIntakeTest;
import org.junit.jupiter.api.Test;

/**
 * A batch is taken in exactly as if its sources had come one after the other: exact duplicates and near duplicates of
 * earlier sources of the same batch, new versions by guid in the same batch, a refused source among good ones.
 */
@MicronautTest(transactional = false)
class BatchIntakeTest extends HttpIntakeTest {

    private static final Instant FIRST_VERSION = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant SECOND_VERSION = Instant.parse("2026-03-01T09:00:00Z");

    @Inject
    NearDuplicateSettings nearDuplicates;

    @Inject
    SourceIntake intake;

    @Inject
    SourceNormalizer normalizer;

    @Test
    void decidesEachSourceOfABatchAgainstTheEarlierOnesOfTheSameBatch() {
        Scenario scenario = new Scenario("batch");

        List<IntakeResult> results = intake.takeAll(scenario.offers());

        assertThat(Outcome.of(results)).containsExactly(
                new Outcome("ingested", null, -1, -1, 1),
                new Outcome("duplicate", "canonical-url", 0, -1, 1),
                new Outcome("duplicate", "content-hash", 0, -1, 1),
                new Outcome("ingested", null, -1, 0, 1),
                new Outcome("rejected", null, -1, -1, 0),
                new Outcome("updated", null, 0, -1, 2),
                new Outcome("duplicate", "guid", 0, -1, 2),
                new Outcome("ingested", null, -1, -1, 1),
                new Outcome("duplicate", "canonical-url", 3, -1, 1),
                new Outcome("updated", null, 3, 0, 2),
                new Outcome("duplicate", "content-hash", 0, -1, 2));
        String first = ((IntakeResult.Ingested) results.get(0)).source().id().toString();
        String edited = ((IntakeResult.Ingested) results.get(3)).source().id().toString();
        assertThat(rows.count("SELECT count(*) FROM source_versions WHERE source_id = ?::uuid", first)).isEqualTo(2);
        assertThat(rows.count("SELECT version FROM sources WHERE id = ?::uuid", edited)).isEqualTo(2);
        assertThat(rows.string("SELECT near_duplicate_of FROM sources WHERE id = ?::uuid", edited)).isEqualTo(first);
        assertThat(rows.string("SELECT source_id FROM source_guids WHERE guid = ?", scenario.guid("second")))
                .isEqualTo(edited);
        assertThat(rows.outboxFor(first)).isEqualTo(2);
        assertThat(rows.outboxFor(edited)).isEqualTo(2);
        assertThat(rows.count("SELECT count(*) FROM source_signature_bands WHERE source_id = ?::uuid", edited))
                .as("one band row per band, the first version's replaced").isEqualTo(nearDuplicates.bands());
    }

    @Test
    void aBatchEndsAsTheSameSourcesTakenInOneByOne() {
        Scenario batched = new Scenario("together");
        Scenario oneByOne = new Scenario("apart");

        List<IntakeResult> together = intake.takeAll(batched.offers());
        List<IntakeResult> apart = oneByOne.offers().stream()
                .map(offer -> intake.take(offer.normalization(), offer.origin()))
                .toList();

        assertThat(Outcome.of(together)).isEqualTo(Outcome.of(apart));
    }

    @Test
    void nearDuplicatesTakenInAtTheSameMomentOnTwoThreadsAreLinked() throws Exception {
        Scenario originals = new Scenario("originals");
        Scenario copies = new Scenario("copies");
        Random words = new Random(7);
        List<Offer> first = new ArrayList<>();
        List<Offer> second = new ArrayList<>();
        for (int pair = 0; pair < 20; pair++) {
            String text = originals.text(words);
            first.add(originals.offer("pair-" + pair, text, null));
            second.add(copies.offer("pair-" + pair, originals.edited(text, "edited on the other desk"), null));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<IntakeResult>> one = threads.submit(() -> {
                together.await();
                return intake.takeAll(first);
            });
            Future<List<IntakeResult>> other = threads.submit(() -> {
                together.await();
                return intake.takeAll(second);
            });
            List<IntakeResult> ones = one.get(60, TimeUnit.SECONDS);
            List<IntakeResult> others = other.get(60, TimeUnit.SECONDS);

            for (int pair = 0; pair < 20; pair++) {
                Source a = ((IntakeResult.Ingested) ones.get(pair)).source();
                Source b = ((IntakeResult.Ingested) others.get(pair)).source();
                UUID link = a.nearDuplicateOf() != null ? a.nearDuplicateOf() : b.nearDuplicateOf();
                assertThat(link).as("pair %d: one is linked to the other", pair).isIn(a.id(), b.id());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aBatchTakenInAgainStoresAndAnnouncesNothingNew() {
        Scenario scenario = new Scenario("again");
        intake.takeAll(scenario.offers());
        long sources = rows.sources();
        long versions = rows.count("SELECT count(*) FROM source_versions");
        long outbox = rows.outbox();

        List<IntakeResult> again = intake.takeAll(scenario.offers());

        assertThat(again).allMatch(result -> result instanceof IntakeResult.Duplicate
                || result instanceof IntakeResult.Rejected);
        assertThat(rows.sources()).isEqualTo(sources);
        assertThat(rows.count("SELECT count(*) FROM source_versions")).isEqualTo(versions);
        assertThat(rows.outbox()).isEqualTo(outbox);
        assertThat(rows.count("""
                SELECT count(*) FROM source_signature_bands b
                WHERE NOT EXISTS (SELECT 1 FROM source_signatures s WHERE s.source_id = b.source_id)"""))
                .as("no band rows without a signature").isZero();
        assertThat(rows.count("""
                SELECT count(*) FROM source_signatures s
                WHERE (SELECT count(*) FROM source_signature_bands b WHERE b.source_id = s.source_id) <> ?""",
                nearDuplicates.bands())).as("every signature has one row per band").isZero();
    }

    /**
     * What became of a source, with the sources it names given as positions in the batch (-1 for none): the one it
     * duplicates or is a new version of, and the one it nearly duplicates.
     */
    record Outcome(String kind, String matchedBy, int of, int nearDuplicateOf, int version) {

        static List<Outcome> of(List<IntakeResult> results) {
            Map<UUID, Integer> firstTakenAt = new HashMap<>();
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i) instanceof IntakeResult.Ingested ingested) {
                    firstTakenAt.put(ingested.source().id(), i);
                }
            }
            return results.stream().map(result -> switch (result) {
                case IntakeResult.Ingested ingested -> new Outcome("ingested", null, -1,
                        firstTakenAt.getOrDefault(ingested.source().nearDuplicateOf(), -1), ingested.source().version());
                case IntakeResult.Updated updated -> new Outcome("updated", null,
                        firstTakenAt.get(updated.source().id()),
                        firstTakenAt.getOrDefault(updated.source().nearDuplicateOf(), -1), updated.source().version());
                case IntakeResult.Duplicate duplicate -> new Outcome("duplicate", duplicate.matchedBy().label(),
                        firstTakenAt.get(duplicate.original().id()), -1, duplicate.original().version());
                case IntakeResult.Rejected rejected -> new Outcome("rejected", null, -1, -1, 0);
            }).toList();
        }
    }

    /** One batch's sources, with texts of their own so that scenarios do not resemble each other. */
    private final class Scenario {

        private final String name = UUID.randomUUID().toString();
        private final String host;
        private final Random random = new Random(name.hashCode());

        Scenario(String label) {
            this.host = "https://" + label + ".example/" + name + "/";
        }

        String guid(String label) {
            return SourceGuid.ninjs(host + label, null).value();
        }

        List<Offer> offers() {
            Random words = new Random(name.hashCode());
            String report = text(words);
            String other = text(words);
            List<Offer> offers = new ArrayList<>();
            offers.add(offer("report", report, guid("first", FIRST_VERSION)));
            offers.add(offer("report#update", "A different text " + text(words), null));
            offers.add(offer("mirror", report.toUpperCase(), null));
            offers.add(offer("edited", edited(report, "first edit"), null));
            offers.add(new Offer(normalizer.normalize(new SourceSubmission(null, "nowhere", " ", "text", null, null,
                    null), FieldPath.root()), Origin.http("batch-test")));
            offers.add(offer("report", edited(report, "second version"), guid("first", SECOND_VERSION)));
            offers.add(offer("report", edited(report, "second version"), guid("first", SECOND_VERSION)));
            offers.add(offer("other", other, null));
            offers.add(offer("edited", "Yet another text " + text(words), guid("second", FIRST_VERSION)));
            offers.add(offer("edited-again", edited(other, "an edit of the other text"),
                    guid("second", SECOND_VERSION)));
            offers.add(offer("old-copy", report, null));
            return offers;
        }

        private SourceGuid guid(String label, Instant versionCreated) {
            return SourceGuid.ninjs(host + label, versionCreated);
        }

        private Offer offer(String path, String body, SourceGuid guid) {
            var submission = new SourceSubmission(null, host + path, "Report " + path, body, null, null, null, null,
                    List.of(), guid);
            return new Offer(normalizer.normalize(submission, FieldPath.root()), Origin.http("batch-test"));
        }

        /** About 200 words drawn at random: unrelated to any other such text. */
        private String text(Random words) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                text.append("w").append(Integer.toString(words.nextInt(1_000_000), 36)).append(' ');
            }
            return text.toString().strip();
        }

        /**
         * The text with one word replaced: about 0.97 similar in 3-word shingles, far enough above the threshold
         * (0.45) that MinHash's estimate (128 values, standard error about 0.02) never falls below it.
         */
        private String edited(String text, String replacement) {
            String[] words = text.split(" ");
            words[50 + random.nextInt(100)] = replacement;
            return String.join(" ", words);
        }
    }
}
