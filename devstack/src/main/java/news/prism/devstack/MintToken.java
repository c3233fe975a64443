package news.prism.devstack;

import java.time.Duration;
import java.util.List;
import news.prism.testkit.BearerTokens;

/**
 * {@code ./prism token <role> [<name>]}: prints a bearer token the local stack accepts, for trying its APIs with
 * curl. It lives in the local stack's tool, not in any service, so production has no way to mint tokens.
 */
public final class MintToken {

    private static final List<String> ROLES = List.of("newsroom", "reporter", "editor", "admin");
    private static final Duration VALIDITY = Duration.ofHours(12);

    private MintToken() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2 || !ROLES.contains(args[0])) {
            System.err.println("usage: ./prism token <" + String.join("|", ROLES) + "> [<name>]");
            System.exit(2);
        }
        String role = args[0];
        String name = args.length == 2 ? args[1] : "local-" + role;
        System.out.println(new BearerTokens(LocalSecret.value()).issue(name, List.of(role), VALIDITY));
    }
}
