package news.prism.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be run on a machine without a Docker engine, so what can be checked without one is
 * checked here: it parses (anchors and merges included), and it wires each service to its own database, the broker
 * and, for notify, the mail catcher.
 */
class DockerComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyServiceHasItsOwnDatabaseAndTheBroker() throws IOException {
        Map<String, Map<String, Object>> services = services();

        assertThat(services).containsKeys("kafka", "postgres", "mail");
        for (PrismService service : PrismService.values()) {
            Map<String, Object> definition = services.get(service.module());
            assertThat(definition).as(service.module()).isNotNull();
            Map<String, Object> environment = map(definition.get("environment"));
            assertThat(environment).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                    .containsEntry("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://postgres:5432/" + service.database())
                    .containsKeys("PRISM_JWT_SECRET", "PRISM_JWKS_URL");
            assertThat(map(definition.get("build")).get("args")).isEqualTo(Map.of("SERVICE", service.module()));
            assertThat(map(definition.get("depends_on"))).containsKeys("kafka", "postgres");
            assertThat(definition.get("ports").toString()).contains(service.defaultPort() + ":" + service.defaultPort());
            assertThat(map(definition.get("healthcheck")).get("test").toString())
                    .contains("http://localhost:" + service.defaultPort() + "/health/readiness");
        }
        assertThat(map(services.get("notify-service").get("environment")))
                .containsEntry("PRISM_SMTP_HOST", "mail");
    }

    @Test
    void theDatabaseInitScriptCreatesEachServicesDatabase() throws IOException {
        String script = Files.readString(ROOT.resolve("docker/postgres/create-databases.sql"));
        for (PrismService service : PrismService.values()) {
            assertThat(script).contains("CREATE DATABASE " + service.database() + ";");
        }
        assertThat(services().get("postgres").get("volumes").toString()).contains("./docker/postgres/create-databases.sql");
    }

    @Test
    void theImageTakesTheJarThatTheBuildMakes() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).contains("COPY ${SERVICE}/target/${SERVICE}.jar");
        for (PrismService service : PrismService.values()) {
            assertThat(service.jar(ROOT).toString()).endsWith(service.module() + "/target/" + service.module() + ".jar");
        }
    }

    private static Map<String, Map<String, Object>> services() throws IOException {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Map<String, Object> compose = new Yaml(options).load(Files.readString(ROOT.resolve("docker-compose.yml")));
        @SuppressWarnings("unchecked")
        var services = (Map<String, Map<String, Object>>) compose.get("services");
        return services;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
