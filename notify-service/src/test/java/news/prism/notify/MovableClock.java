package news.prism.notify;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock for a test that moves time on: the real time plus however far the test has moved it, so
 * that everything else that reads the clock keeps working. Only in a test that sets {@code prism.test.movable-clock}.
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = "prism.test.movable-clock", value = "true")
class MovableClock extends Clock {

    private final Clock real = Clock.tickMillis(ZoneOffset.UTC);
    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    void advance(Duration by) {
        ahead.updateAndGet(current -> current.plus(by));
    }

    /** Moves on to just after {@code moment}, if it is still ahead. */
    void advancePast(Instant moment) {
        Duration gap = Duration.between(instant(), moment);
        if (!gap.isNegative()) {
            advance(gap.plusSeconds(1));
        }
    }

    @Override
    public Instant instant() {
        return real.instant().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The service's clock stays in UTC");
    }
}
