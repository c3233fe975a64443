package news.prism.testkit;

/**
 * Whether the servers and processes started here stop themselves when this JVM exits, each from a shutdown hook of its
 * own (the default, so that a test run never leaves one behind). Shutdown hooks run all at once, so a caller that must
 * stop them in order (the local stack: services before the broker and the database they use) takes that over.
 */
public final class StopOnExit {

    private static volatile boolean eachByItself = true;

    private StopOnExit() {
    }

    /** From now on, what is started here is stopped only by its caller, in the caller's order. */
    public static void leaveToCaller() {
        eachByItself = false;
    }

    static boolean eachByItself() {
        return eachByItself;
    }
}
