package news.prism.http.user;

/**
 * Who makes a write request: a newsroom system or a person. Until authentication lands it is taken from the
 * request header {@value #HEADER}; a token's subject will take its place without changing the controllers.
 */
public record ActingUser(String name) {

    public static final String HEADER = "X-Prism-User";

    /** The same user whatever the letter case the client used. */
    public boolean is(String other) {
        return other != null && name.equalsIgnoreCase(other.strip());
    }
}
