package news.prism.eventing.outbox;

/** Events were written to the outbox in the current transaction; listeners act on it once that commits. */
public enum OutboxWritten {
    INSTANCE
}
