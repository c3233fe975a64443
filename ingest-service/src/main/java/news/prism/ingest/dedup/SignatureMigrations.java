package news.prism.ingest.dedup;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Hands {@link NearDuplicateSignatures} to the default datasource's Flyway, which takes the Java migrations of the
 * bean so named: built as a bean, the migration signs with the configured settings.
 */
@Factory
class SignatureMigrations {

    @Singleton
    @Named("default")
    JavaMigration[] javaMigrations(NearDuplicateSignatures signatures) {
        return new JavaMigration[] {signatures};
    }
}
