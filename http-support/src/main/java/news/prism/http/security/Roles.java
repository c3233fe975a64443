package news.prism.http.security;

/** The roles a Prism token can carry, in its {@code roles} claim. */
public final class Roles {

    /** Systems of the newsroom that submit sources. */
    public static final String NEWSROOM = "newsroom";
    /** Writes and edits drafts and submits them for review. */
    public static final String REPORTER = "reporter";
    /** Approves, rejects, corrects and retracts. */
    public static final String EDITOR = "editor";
    /** Runs Prism: may do whatever any other role may. */
    public static final String ADMIN = "admin";

    public static final String[] ALL = {NEWSROOM, REPORTER, EDITOR, ADMIN};

    private Roles() {
    }
}
