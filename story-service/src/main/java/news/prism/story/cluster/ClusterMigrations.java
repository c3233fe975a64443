package news.prism.story.cluster;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Hands {@link KeysForExistingSources} to the default datasource's Flyway, which takes the Java migrations of the
 * bean so named (as ingest's {@code SignatureMigrations} does): built as a bean, the migration gets the clustering
 * settings it needs.
 */
@Factory
class ClusterMigrations {

    @Singleton
    @Named("default")
    JavaMigration[] javaMigrations(KeysForExistingSources keys) {
        return new JavaMigration[] {keys};
    }
}
