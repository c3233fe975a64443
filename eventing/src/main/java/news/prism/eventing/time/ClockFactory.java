package news.prism.eventing.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The one clock every service reads the time from. It ticks in milliseconds because events carry times in
 * milliseconds: a time read from it survives the round trip through an event unchanged. A test replaces the bean
 * to fix the time.
 */
@Factory
public class ClockFactory {

    @Singleton
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
