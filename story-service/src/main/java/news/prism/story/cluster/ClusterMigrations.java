package news.prism.story.cluster;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Hands {@link KeysForExistingSources} and {@link VectorsForExistingSources} to the default datasource's Flyway,
 * which takes the Java migrations of the bean so named (as ingest's {@code SignatureMigrations} does): built as beans,
 * the migrations get the clustering settings they need.
 */
@Factory
class ClusterMigrations {

    @Singleton
    @Named("default")
    JavaMigration[] javaMigrations(KeysForExistingSources keys, VectorsForExistingSources vectors) {
        return new JavaMigration[] {keys, vectors};
    }
}
