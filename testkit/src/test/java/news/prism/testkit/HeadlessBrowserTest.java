package news.prism.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeadlessBrowserTest {

    @Test
    void runsScriptOfAPageServedOnLoopback() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] html = "<!doctype html><title>before</title><button onclick=\"document.title='clicked'\">Go</button>"
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        server.start();
        try (HeadlessBrowser browser = HeadlessBrowser.start()) {
            Page page = browser.open(375, 700);
            page.navigate("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Go")).click();
            assertThat(page.title()).isEqualTo("clicked");
            assertThat(page.viewportSize().width).isEqualTo(375);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void namesWhatToInstallWhenThereIsNoChromium() {
        assertThatThrownBy(() -> HeadlessBrowser.chromium("/nonexistent/chromium"))
                .hasMessageContaining("/nonexistent/chromium")
                .hasMessageContaining("apt-get install chromium");
    }
}
