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

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import news.prism.story.cluster.Placement.Neighbour;
import org.junit.jupiter.api.Test;

/**
 * Clustering as sources arrive one by one, each placed among those before it the way CandidateClusters applies a
 * {@link Placement} to the database, with the default settings of application.yml.
 */
class PlacementTest {

    // prism.candidates.similarity-threshold and title-weight in application.yml
    private static final double THRESHOLD = 0.3;
    private static final int TITLE_WEIGHT = 2;
    private static final List<SourceText> ALL = List.of(BRIDGE_HERALD, BRIDGE_COASTAL, BRIDGE_RADIO, HEAT_HERALD,
            HEAT_RADIO, BUDGET, FERRY_STRIKE, RATES);

    @Test
    void threeOutletsReportingOneEventFormOneCandidateAndTheOthersStayOut() {
        Map<String, UUID> clusters = arrive(List.of(BRIDGE_HERALD, BUDGET, BRIDGE_COASTAL, FERRY_STRIKE, RATES,
                BRIDGE_RADIO));

        assertThat(groups(clusters)).containsExactly(
                Set.of(BRIDGE_HERALD.sourceId(), BRIDGE_COASTAL.sourceId(), BRIDGE_RADIO.sourceId()));
        assertThat(clusters).doesNotContainKeys(BUDGET.sourceId(), FERRY_STRIKE.sourceId(), RATES.sourceId());
    }

    @Test
    void theSameCandidatesFormWhateverTheOrderOfArrival() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<SourceText> order = new ArrayList<>(ALL);
            Collections.shuffle(order, random);

            assertThat(groups(arrive(order))).as("arriving as %s", order.stream().map(SourceText::sourceId).toList())
                    .containsExactlyInAnyOrder(
                            Set.of(BRIDGE_HERALD.sourceId(), BRIDGE_COASTAL.sourceId(), BRIDGE_RADIO.sourceId()),
                            Set.of(HEAT_HERALD.sourceId(), HEAT_RADIO.sourceId()));
        }
    }

    @Test
    void reportsOfOneEventAreMoreAlikeThanTheThresholdAndOthersLess() {
        List<Double> toBridgeHerald = Similarity.of(BRIDGE_HERALD,
                List.of(BRIDGE_COASTAL, BRIDGE_RADIO, BUDGET, FERRY_STRIKE, HEAT_HERALD, RATES), TITLE_WEIGHT);

        assertThat(toBridgeHerald.subList(0, 2)).allSatisfy(score -> assertThat(score).isGreaterThan(THRESHOLD));
        assertThat(toBridgeHerald.subList(2, 6)).allSatisfy(score -> assertThat(score).isLessThan(THRESHOLD / 2));
    }

    @Test
    void aSourceAlikeToNothingStartsNoCandidate() {
        assertThat(place(RATES, List.of(new Earlier(BRIDGE_HERALD, null), new Earlier(BUDGET, null)),
                THRESHOLD, TITLE_WEIGHT)).isEmpty();
        assertThat(place(RATES, List.of(), THRESHOLD, TITLE_WEIGHT)).isEmpty();
    }

    @Test
    void aSourceLinkingTwoCandidatesMergesThemIntoTheOneWithTheEarliestReport() {
        UUID later = UUID.randomUUID();
        UUID earlier = UUID.randomUUID();
        // The radio and the coastal report were each grouped with something else before (they are not alike
        // enough to each other); the herald's report is alike to both and links them.
        Placement placement = place(BRIDGE_HERALD, List.of(new Earlier(BRIDGE_RADIO, later),
                new Earlier(BRIDGE_COASTAL, earlier), new Earlier(RATES, null)), THRESHOLD, TITLE_WEIGHT)
                .orElseThrow();

        // The coastal report (09:15) is earlier than the radio's (12:05).
        assertThat(placement.cluster()).isEqualTo(earlier);
        assertThat(placement.merged()).containsExactly(later);
        assertThat(placement.joining()).containsExactly(BRIDGE_HERALD.sourceId());
    }

    @Test
    void unplacedSourcesItIsAlikeToJoinWithIt() {
        Placement placement = place(BRIDGE_RADIO, List.of(new Earlier(BRIDGE_COASTAL, null),
                new Earlier(BRIDGE_HERALD, null)), THRESHOLD, TITLE_WEIGHT).orElseThrow();

        assertThat(placement.cluster()).isNull();
        assertThat(placement.merged()).isEmpty();
        assertThat(placement.joining()).containsExactly(BRIDGE_RADIO.sourceId(), BRIDGE_HERALD.sourceId());
    }

    /** Each source placed among all that came before it; the candidates as source id -> cluster. */
    private static Map<String, UUID> arrive(List<SourceText> order) {
        Map<String, UUID> clusterOf = new HashMap<>();
        List<SourceText> arrived = new ArrayList<>();
        for (SourceText source : order) {
            List<Earlier> neighbours = arrived.stream()
                    .map(earlier -> new Earlier(earlier, clusterOf.get(earlier.sourceId()))).toList();
            place(source, neighbours, THRESHOLD, TITLE_WEIGHT).ifPresent(placement -> {
                UUID cluster = placement.cluster() != null ? placement.cluster() : UUID.randomUUID();
                clusterOf.replaceAll((id, current) -> placement.merged().contains(current) ? cluster : current);
                placement.joining().forEach(id -> clusterOf.put(id, cluster));
            });
            arrived.add(source);
        }
        return clusterOf;
    }

    /** A source placed before, and the candidate it is in, if any. */
    private record Earlier(SourceText text, UUID cluster) {
    }

    /** The placement of {@code arriving} among {@code earlier}, with the document frequencies taken over them alone. */
    private static Optional<Placement> place(SourceText arriving, List<Earlier> earlier, double threshold,
                                             int titleWeight) {
        List<Double> scores = Similarity.of(arriving, earlier.stream().map(Earlier::text).toList(), titleWeight);
        List<Neighbour> neighbours = earlier.stream()
                .map(source -> new Neighbour(source.text().sourceId(), source.text().time(), source.cluster()))
                .toList();
        return Placement.linking(arriving, Placement.alike(neighbours, scores, threshold));
    }

    private static Collection<Set<String>> groups(Map<String, UUID> clusterOf) {
        return clusterOf.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.mapping(Map.Entry::getKey, Collectors.toSet()))).values();
    }
}
