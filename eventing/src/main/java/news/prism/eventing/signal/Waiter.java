package news.prism.eventing.signal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** One thread's wait for a {@link Signal}. Not shared between threads, but {@link #stop()} may come from any. */
public final class Waiter {

    private final Signal signal;
    private long seen = -1;
    private boolean stopped;

    Waiter(Signal signal) {
        this.signal = signal;
    }

    /**
     * Returns once the signal was raised since the last return, after {@code longest} in any case, or at once when
     * stopped.
     *
     * @return true when raised, false when the time ran out or the waiter was stopped
     */
    public boolean await(Duration longest) throws InterruptedException {
        long deadline = System.nanoTime() + longest.toNanos();
        synchronized (signal) {
            while (!stopped) {
                long raised = signal.raised();
                if (raised != seen) {
                    seen = raised;
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(signal, left);
            }
            return false;
        }
    }

    /** Ends the current wait and every later one at once. */
    public void stop() {
        synchronized (signal) {
            stopped = true;
            signal.notifyAll();
        }
    }
}
