package news.prism.eventing.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClockFactoryTest {

    @Test
    void theClockTicksInMillisecondsInUtc() {
        Clock clock = new ClockFactory().clock();
        for (int i = 0; i < 100; i++) {
            Instant now = clock.instant();
            assertThat(now.getNano() % 1_000_000).isZero();
            assertThat(Instant.ofEpochMilli(now.toEpochMilli())).isEqualTo(now);
        }
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }
}
