package news.prism.story.cluster;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Adds clustering's Java migration to the default datasource's Flyway run, beside the SQL migrations it finds on
 * the classpath. Given to Flyway as an object rather than found by class name, so that it lives here and gets the
 * clustering settings it needs.
 */
@Singleton
@Named(ClusterMigrations.DATASOURCE)
class ClusterMigrations implements FlywayConfigurationCustomizer {

    static final String DATASOURCE = "default";

    private final ClusterSettings settings;

    ClusterMigrations(ClusterSettings settings) {
        this.settings = settings;
    }

    @Override
    public String getName() {
        return DATASOURCE;
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        configuration.javaMigrations(new KeysForExistingSources(settings));
    }
}
