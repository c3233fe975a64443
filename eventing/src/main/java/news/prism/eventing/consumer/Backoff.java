package news.prism.eventing.consumer;

import java.time.Duration;

/** Waits that double from {@code first} up to {@code longest}, for retrying until a dependency is back. */
final class Backoff {

    private final Duration first;
    private final Duration longest;
    private Duration next;

    Backoff(Duration first, Duration longest) {
        this.first = first;
        this.longest = longest;
        this.next = first;
    }

    Duration next() {
        Duration wait = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(longest) > 0 ? longest : doubled;
        return wait;
    }

    void reset() {
        next = first;
    }
}
