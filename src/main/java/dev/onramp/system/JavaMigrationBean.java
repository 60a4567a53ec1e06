package dev.onramp.system;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java, as a Spring bean (Spring Boot hands every {@link JavaMigration} bean to Flyway): its
 * version and description, run in the migrations' transaction, no checksum. Subclasses write {@code migrate}.
 */
public abstract class JavaMigrationBean implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected JavaMigrationBean(String version, String description) {
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
