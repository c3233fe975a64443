package news.prism.devstack;

/**
 * The secret the local stack's services verify tokens with, and {@code ./prism token} signs them with:
 * {@code PRISM_JWT_SECRET}, or a fixed one so that tokens stay valid across restarts of the stack. The fixed
 * one is public, in this file, so it only ever protects a developer's own machine.
 */
final class LocalSecret {

    private static final String LOCAL_ONLY = "prism-local-stack-only-this-secret-is-public";

    private LocalSecret() {
    }

    static String value() {
        String configured = System.getenv("PRISM_JWT_SECRET");
        return configured == null || configured.isBlank() ? LOCAL_ONLY : configured;
    }
}
