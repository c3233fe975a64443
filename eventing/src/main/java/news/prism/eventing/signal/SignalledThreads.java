package news.prism.eventing.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A fixed number of threads that each run the same work with a {@link Waiter} of their own on one signal, as the
 * senders of a queue do: {@link #stop()} ends every wait, interrupts the threads and waits for them to end.
 */
public final class SignalledThreads {

    private final Signal signal;
    private final String namePrefix;
    private final int count;
    private final Consumer<Waiter> work;
    private final List<Thread> threads = new ArrayList<>();
    private final List<Waiter> waiters = new ArrayList<>();

    /** @param namePrefix the threads are named it and their number, {@code mail-sender-0} ... */
    public SignalledThreads(Signal signal, String namePrefix, int count, Consumer<Waiter> work) {
        this.signal = signal;
        this.namePrefix = namePrefix;
        this.count = count;
        this.work = work;
    }

    public synchronized void start() {
        for (int i = 0; i < count; i++) {
            Waiter waiter = signal.waiter();
            waiters.add(waiter);
            threads.add(Thread.ofPlatform().name(namePrefix + i).start(() -> work.accept(waiter)));
        }
    }

    public synchronized void stop() throws InterruptedException {
        waiters.forEach(Waiter::stop);
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            thread.join();
        }
        threads.clear();
        waiters.clear();
    }
}
