package news.prism.testkit;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in a test that sets {@value #PROPERTY} to {@code true}: the real time in milliseconds, as the
 * service's own clock ticks, plus however far the test has moved it on. It keeps ticking, so that everything else
 * that reads the clock (timeouts, bearer tokens issued meanwhile) keeps working; moves should stay well within a
 * test token's hour.
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = MovableClock.PROPERTY, value = "true")
public class MovableClock extends Clock {

    public static final String PROPERTY = "prism.test.movable-clock";

    private volatile Duration ahead = Duration.ZERO;

    public synchronized void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    /** Moves on to a second after {@code moment}, if that is still to come. */
    public synchronized void advancePast(Instant moment) {
        Duration gap = Duration.between(instant(), moment);
        if (!gap.isNegative()) {
            advance(gap.plusSeconds(1));
        }
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(System.currentTimeMillis()).plus(ahead);
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
