package news.prism.story.cluster;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration that gives the sources already stored what clustering keeps of each (keys, vectors): versioned,
 * run once in Flyway's transaction. Its checksum is none, since what it makes of a text is the code's, not a script's.
 */
abstract class ExistingSourcesMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    ExistingSourcesMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
