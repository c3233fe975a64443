package news.prism.story;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import news.prism.eventing.time.ClockFactory;

/**
 * The service's clock, moved forward by a test ({@code prism.test.movable-clock=true}): the real time in
 * milliseconds, as the service's own, plus how far the test moved it. It keeps ticking, so bearer tokens issued
 * meanwhile stay valid; moves must stay well within a token's hour.
 */
public final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset).truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The service's clock is in UTC");
    }

    @Factory
    @Requires(property = "prism.test.movable-clock", value = "true")
    static class MovableClockFactory {

        @Singleton
        @Replaces(factory = ClockFactory.class, bean = Clock.class)
        MovableClock clock() {
            return new MovableClock();
        }
    }
}
