package news.prism.render;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in a test that sets {@code prism.test.movable-clock}: the system's time in milliseconds, as
 * eventing's clock ticks, moved forward by however much the test has advanced it.
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = MovableClock.PROPERTY, value = "true")
public class MovableClock extends Clock {

    public static final String PROPERTY = "prism.test.movable-clock";

    private volatile Duration ahead = Duration.ZERO;

    public void advance(Duration by) {
        ahead = ahead.plus(by);
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
        throw new UnsupportedOperationException("The service's clock is in UTC");
    }
}
