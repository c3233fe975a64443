package news.prism.story.cluster;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code prism.candidates.*}: how sources are grouped into story candidates.
 *
 * @param similarityThreshold how alike (TF-IDF cosine, 0 to 1) a new source must be to a recent one to join it.
 *        0.3: in short same-city news texts (see the tests' NewsTexts), reports of one event from different outlets
 *        scored 0.23 to 0.53 against each other and reports of different events at most 0.20 (a ferry strike
 *        against a bridge closure that diverts traffic to the ferries); 0.3 lies halfway between the highest
 *        unrelated score and the link two of three reports always had, and the third joins through either of them.
 * @param window how far apart in time (by published, else ingested time) two reports of one event can be
 * @param titleWeight how many times a title's words count against the text's
 * @param listLimit how many candidates {@code GET /api/candidates} lists at most
 * @param keysPerSource how many of a source's terms (those weighing most in its TF-IDF vector when it arrives) index
 *        it and are looked up for it. 16: two reports of one event share their event's names, places and numbers,
 *        which weigh most in both; with 16 keys, every report of the tests' events and 99.6 to 100% of the clustering
 *        benchmark's find a report of their event, and a placement still looks up only 16 short lists
 * @param postingsPerKey how many of the most recent unassigned sources of one key a placement reads at most: a
 *        key that many sources share (a story that runs for a week) still costs a bounded read, and the latest
 *        reports of an event are enough to join its candidate
 * @param neighbourLimit how many sources a placement scores at most, those sharing the most keys first: the bound
 *        that makes a placement cost the same at a thousand or a hundred thousand unassigned sources. Scoring is
 *        much of a placement's cost (each neighbour's vector is read); in the clustering benchmark, 60 (with 20 per
 *        key) placed every report of a known event with its event, as 200 (with 40) did, at half the cost with
 *        100,000 unassigned sources
 * @param countSlots how many rows each term's document count is spread over: a placement adds its terms to a slot
 *        no other running placement holds, so that unrelated placements never wait for each other's counts. At
 *        least the number of placements that run at once (consumer threads times instances); more only make
 *        reading the counts a little dearer
 * @param maxKeyLocks how many key locks a batch of placements takes at most (each fills an entry of PostgreSQL's
 *        shared lock table, about 6,400 with default settings, shared with ingest-service on one server); a batch
 *        with more distinct keys locks every key at once, and so goes after and before every other placement. 1,024:
 *        about 64 sources of 16 keys each; a consumer's poll of hundreds of sources takes the one wide lock
 * @param vectorCacheSize how many reports' vectors are kept in memory ({@link PlacedVectors}), about 2 KB each: the
 *        latest reports, which are the neighbours of those that follow them
 */
@ConfigurationProperties("prism.candidates")
public record ClusterSettings(
        double similarityThreshold,
        Duration window,
        int titleWeight,
        int listLimit,
        int keysPerSource,
        int postingsPerKey,
        int neighbourLimit,
        int countSlots,
        int maxKeyLocks,
        int vectorCacheSize) {
}
