package news.prism.story.cluster;

/**
 * A source seen for the first time, to be placed among the candidates.
 *
 * @param copyOf the source it is a near-duplicate copy of, as ingest-service found; null for a report of its own
 */
public record Arrival(SourceText text, String copyOf) {

    public static Arrival report(SourceText text) {
        return new Arrival(text, null);
    }

    String sourceId() {
        return text.sourceId();
    }
}
