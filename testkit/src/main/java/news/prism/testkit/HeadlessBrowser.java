package news.prism.testkit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium driven by Playwright for the browser tests. The browser is Debian's Chromium (the system property
 * {@value #PROPERTY}, else the environment variable {@value #VARIABLE}, else {@value #DEFAULT}); Playwright's own
 * browser download is switched off, so nothing leaves the machine.
 */
public final class HeadlessBrowser implements AutoCloseable {

    public static final String PROPERTY = "prism.test.chromium";
    public static final String VARIABLE = "PRISM_TEST_CHROMIUM";
    public static final String DEFAULT = "/usr/bin/chromium";

    private static final List<String> FLAGS = List.of(
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            // Without these Chromium keeps opening connections of its own, which a closed network refuses.
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            // The services under test are the only hosts a page may reach; any other (a story's image host) fails at once.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts Chromium; fails, saying what to install, when there is none. */
    public static HeadlessBrowser start() {
        Path binary = chromium(System.getProperty(PROPERTY, System.getenv(VARIABLE)));
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(binary)
                    .setHeadless(true)
                    .setArgs(FLAGS));
            return new HeadlessBrowser(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /**
     * The binary to start.
     *
     * @param configured the binary named by the property or variable, or null for the default
     */
    public static Path chromium(String configured) {
        Path binary = Path.of(configured == null || configured.isBlank() ? DEFAULT : configured);
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("The browser tests need headless Chromium, and there is no executable "
                    + binary + ". Install Debian's chromium package (apt-get install chromium; ./prism test installs"
                    + " it when it is missing), or name another Chromium binary with -D" + PROPERTY + "=... or "
                    + VARIABLE + ".");
        }
        return binary;
    }

    /** A new page in a context of its own (no shared cookies or storage), with the given viewport. */
    public Page open(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
