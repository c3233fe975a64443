package news.prism.testkit;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InfrastructureTest {

    @Test
    void sharedIsOneInstancePerJvm() {
        long started = System.nanoTime();
        Infrastructure first = Infrastructure.shared();
        System.out.printf("TIMING Infrastructure.shared() first call (docker=%s): %d ms%n",
                first.kafka() instanceof ContainerKafka, (System.nanoTime() - started) / 1_000_000);

        assertThat(Infrastructure.shared()).isSameAs(first);
    }

    @Test
    void micronautPropertiesPointAtTheSharedServers() throws Exception {
        Infrastructure infrastructure = Infrastructure.shared();

        Map<String, String> properties = infrastructure.micronautProperties("publisher");

        assertThat(properties)
                .containsEntry("kafka.bootstrap.servers", infrastructure.bootstrapServers())
                .containsEntry("datasources.default.driver-class-name", "org.postgresql.Driver")
                .containsEntry("prism.smtp.host", infrastructure.mail().smtpHost())
                .containsEntry("prism.smtp.port", String.valueOf(infrastructure.mail().smtpPort()))
                .containsEntry("javamail.properties.mail.smtp.host", infrastructure.mail().smtpHost())
                .containsEntry("javamail.properties.mail.smtp.port", String.valueOf(infrastructure.mail().smtpPort()))
                .containsKeys("datasources.default.username", "datasources.default.password");
        assertThat(properties.get("datasources.default.url")).endsWith("/publisher");
        try (Connection connection = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"))) {
            assertThat(connection.isValid(5)).isTrue();
        }
        infrastructure.createTopics("testkit-infrastructure");
    }

    @Test
    void propertiesBecomeEnvironmentVariables() {
        assertThat(ServiceProcess.environmentOf(Map.of("datasources.default.driver-class-name", "x")))
                .containsExactly(Map.entry("DATASOURCES_DEFAULT_DRIVER_CLASS_NAME", "x"));
    }
}
