package news.prism.testkit;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Someone calling a Prism API in a test: a name and roles, sent as a bearer token signed with the test JVM's
 * {@link #SECRET}, which {@link Infrastructure#micronautProperties} gives every service.
 */
public record Caller(String name, List<String> roles) {

    /** Fresh for every test JVM, so no token outlives the run it was made for. */
    public static final String SECRET = randomSecret();

    private static final BearerTokens TOKENS = new BearerTokens(SECRET);

    public Caller {
        roles = List.copyOf(roles);
    }

    public static Caller newsroom(String name) {
        return new Caller(name, List.of("newsroom"));
    }

    public static Caller reporter(String name) {
        return new Caller(name, List.of("reporter"));
    }

    public static Caller editor(String name) {
        return new Caller(name, List.of("editor"));
    }

    public static Caller admin(String name) {
        return new Caller(name, List.of("admin"));
    }

    private static String randomSecret() {
        byte[] secret = new byte[BearerTokens.MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /** The value of the {@code Authorization} header, signed with the test JVM's secret. */
    public String authorization() {
        return TOKENS.authorization(this);
    }
}
