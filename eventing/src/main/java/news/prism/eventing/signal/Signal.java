package news.prism.eventing.signal;

/**
 * Something that happens in the database and that threads of this instance wait for: raised by
 * {@link DatabaseSignals} when a notification arrives on the channel. Each waiting thread has a {@link Waiter} of its
 * own, so one raise wakes them all and none misses a raise that came while it was busy.
 */
public final class Signal {

    private final String channel;
    private long raised;

    Signal(String channel) {
        this.channel = channel;
    }

    public String channel() {
        return channel;
    }

    /** A new waiter's first wait returns at once: what happened before it existed was heard by nobody. */
    public Waiter waiter() {
        return new Waiter(this);
    }

    /**
     * Wakes this instance's waiters now: what {@link DatabaseSignals} does when the notification arrives, and what a
     * thread of this instance may do itself once it knows the awaited change has committed.
     */
    public synchronized void raise() {
        raised++;
        notifyAll();
    }

    synchronized long raised() {
        return raised;
    }
}
