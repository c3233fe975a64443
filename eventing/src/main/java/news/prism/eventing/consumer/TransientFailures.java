package news.prism.eventing.consumer;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a failure that says a dependency is away for now (the database or the broker unreachable, a connection
 * dropped, a commit timed out) from one that says the event itself cannot be handled. Only the second kind may
 * ever park an event; the first is waited out.
 */
final class TransientFailures {

    /** SQLSTATE classes of a connection or resource problem, not of the statement. */
    private static final Set<String> TRANSIENT_STATE_CLASSES = Set.of("08", "53", "57", "58");
    /** Serialization failure, deadlock, lock not available: the same statement may well succeed again. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03");
    private static final int MAX_CAUSES = 32;

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_CAUSES; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof RetriableException
                    || cause instanceof ConnectException || cause instanceof SocketException
                    || cause instanceof SocketTimeoutException || cause instanceof UnknownHostException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** An error the JVM cannot promise to recover from in this thread; it ends the consumer's session. */
    static boolean endsTheSession(Throwable failure) {
        return failure instanceof VirtualMachineError;
    }

    private static boolean isTransientState(String state) {
        return state != null && state.length() == 5
                && (TRANSIENT_STATES.contains(state) || TRANSIENT_STATE_CLASSES.contains(state.substring(0, 2)));
    }
}
