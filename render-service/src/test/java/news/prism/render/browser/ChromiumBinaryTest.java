package news.prism.render.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromiumBinaryTest {

    @Test
    void aMissingBrowserFailsSayingWhatToInstall() {
        assertThatThrownBy(() -> ChromiumBinary.locate("/nonexistent/chromium"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/chromium")
                .hasMessageContaining("apt-get install chromium")
                .hasMessageContaining(ChromiumBinary.PROPERTY)
                .hasMessageContaining(ChromiumBinary.VARIABLE);
    }

    @Test
    void aNamedExecutableIsTheBrowser(@TempDir Path directory) throws Exception {
        Path browser = Files.createFile(directory.resolve("chromium"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        assertThat(ChromiumBinary.locate(browser.toString())).isEqualTo(browser);
    }

    @Test
    void aNamedFileThatCannotRunIsRefused(@TempDir Path directory) throws Exception {
        Path notABrowser = Files.createFile(directory.resolve("chromium"));

        assertThatThrownBy(() -> ChromiumBinary.locate(notABrowser.toString()))
                .hasMessageContaining(notABrowser.toString());
    }
}
