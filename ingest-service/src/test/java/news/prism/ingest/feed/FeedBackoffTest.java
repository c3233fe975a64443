package news.prism.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** interval × 2^failures, at most max-backoff (6 hours here), never less than the interval. */
class FeedBackoffTest {

    private final FeedBackoff backoff = new FeedBackoff(new FeedPollerSettings(20, 4,
            Duration.ofSeconds(1), Duration.ofHours(6)));

    @ParameterizedTest(name = "every {0} s, {1} failure(s): {2} s")
    @CsvSource({
            "900, 0, 900",
            "900, 1, 1800",
            "900, 2, 3600",
            "900, 4, 14400",
            "900, 5, 21600",
            "900, 6, 21600",
            "60, 1, 120",
            "60, 3, 480",
            "60, 1000, 21600",
            "86400, 3, 86400",
            "86400, 2147483647, 86400"})
    void doublesTheIntervalForEveryFailureUpToTheCap(int intervalSeconds, int failures, long delaySeconds) {
        assertThat(backoff.delayAfter(intervalSeconds, failures)).isEqualTo(Duration.ofSeconds(delaySeconds));
    }
}
