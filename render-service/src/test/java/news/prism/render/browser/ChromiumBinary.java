package news.prism.render.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the Chromium that drives the reader page's browser tests lives: the system property
 * {@value #PROPERTY}, else the environment variable {@value #VARIABLE}, else Debian's {@value #DEFAULT}.
 */
final class ChromiumBinary {

    static final String PROPERTY = "prism.test.chromium";
    static final String VARIABLE = "PRISM_TEST_CHROMIUM";
    static final String DEFAULT = "/usr/bin/chromium";

    private ChromiumBinary() {
    }

    /** The binary to start; fails, saying what to install, when there is none. */
    static Path locate() {
        return locate(System.getProperty(PROPERTY, System.getenv(VARIABLE)));
    }

    /** @param configured the binary named by the property or variable, or null for the default */
    static Path locate(String configured) {
        Path binary = Path.of(configured == null || configured.isBlank() ? DEFAULT : configured);
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("The reader page's browser tests need headless Chromium, and there is no"
                    + " executable " + binary + ". Install Debian's chromium package (apt-get install chromium;"
                    + " ./prism test installs it when it is missing), or name another Chromium binary with -D"
                    + PROPERTY + "=... or " + VARIABLE + ".");
        }
        return binary;
    }
}
