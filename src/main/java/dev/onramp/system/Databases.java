package dev.onramp.system;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Which database Onramp runs on, for the few statements that differ between PostgreSQL and H2. */
public final class Databases {

    private Databases() {
    }

    /** Whether {@code dataSource} is PostgreSQL; an {@link IllegalStateException} when it cannot be asked. */
    public static boolean isPostgres(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
                    .toLowerCase(Locale.ROOT).contains("postgres");
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("The database's product name could not be read", e);
        }
    }
}
