package news.prism.render.browser;

import java.nio.file.Path;

/** A Chromium of the test's own with one open tab; closing it ends the browser. */
final class HeadlessChromium implements AutoCloseable {

    private final ChromiumProcess process;
    private final DevToolsConnection devTools;
    private final BrowserTab tab;

    private HeadlessChromium(ChromiumProcess process, DevToolsConnection devTools, BrowserTab tab) {
        this.process = process;
        this.devTools = devTools;
        this.tab = tab;
    }

    /** Starts the browser with its profile and log under {@code workDirectory}. */
    static HeadlessChromium start(Path workDirectory) {
        ChromiumProcess process = ChromiumProcess.start(workDirectory);
        try {
            DevToolsConnection devTools = DevToolsConnection.open(process.devToolsEndpoint());
            return new HeadlessChromium(process, devTools, BrowserTab.open(devTools));
        } catch (RuntimeException e) {
            process.close();
            throw new IllegalStateException("Chromium did not take DevTools commands\n" + process.logTail(), e);
        }
    }

    BrowserTab tab() {
        return tab;
    }

    @Override
    public void close() {
        try {
            devTools.close();
        } finally {
            process.close();
        }
    }
}
