package news.prism.testkit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceProcessTest {

    @TempDir
    static Path directory;
    private static Path jar;

    @BeforeAll
    static void buildJar() throws Exception {
        // A manifest-only jar whose Class-Path points at the test classes, so `java -jar` runs TinyHttpService.
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, TinyHttpService.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                TinyHttpService.class.getProtectionDomain().getCodeSource().getLocation().toURI().toString());
        jar = directory.resolve("tiny-service.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // nothing but the manifest
        }
    }

    @Test
    void theServiceAnswersWithItsEnvironment() throws Exception {
        try (ServiceProcess service = new ServiceProcess(jar, 0, Map.of("GREETING", "hello"),
                directory.resolve("ok.log")).start()) {
            service.awaitHttp("/health", Duration.ofSeconds(30));

            assertThat(get(service.baseUrl() + "/greeting")).isEqualTo("hello");
            assertThat(service.isAlive()).isTrue();
            service.close();
            assertThat(service.isAlive()).isFalse();
        }
    }

    @Test
    void aFailedStartCarriesTheLog() {
        ServiceProcess service = new ServiceProcess(jar, 0, Map.of("FAIL", "no database"),
                directory.resolve("failing.log")).start();

        assertThatThrownBy(() -> service.awaitHttp("/health", Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited")
                .hasMessageContaining("boom: no database");
        assertThat(service.isAlive()).isFalse();
    }

    @Test
    void aMissingJarIsReported() {
        assertThatThrownBy(() -> new ServiceProcess(directory.resolve("absent.jar"), 0, Map.of(),
                directory.resolve("absent.log")).start())
                .hasMessageContaining("absent.jar");
    }

    private static String get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
