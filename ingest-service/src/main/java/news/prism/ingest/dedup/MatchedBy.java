package news.prism.ingest.dedup;

/** The layer that recognised a source as one already taken in; {@link #label()} is how the API names it. */
public enum MatchedBy {
    /** The same ninjs uri or feed item guid without a newer version. */
    GUID("guid"),
    CANONICAL_URL("canonical-url"),
    CONTENT_HASH("content-hash");

    private final String label;

    MatchedBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
