package dev.onramp.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * The process engine's tables, created by the migrations (version {@value #VERSION}) from the SQL scripts the engine
 * ships ({@code org/camunda/bpm/engine/db/create/activiti.<database>.create.<part>.sql}), so that the engine itself
 * never changes the schema ({@code camunda.bpm.database.schema-update: false}). A database whose engine tables are
 * already there (created by an engine with schema update on, before this migration existed) is left as it is.
 * An engine upgrade is a later migration that runs the engine's {@code db/upgrade/<database>_engine_<from>_to_<to>.sql}
 * through {@link #run(Connection, String)}: see {@code src/main/resources/db/README.md}.
 */
@Component
class EngineSchema extends JavaMigrationBean {

    static final String VERSION = "12";
    static final String ENGINE_SCRIPTS = "org/camunda/bpm/engine/db/";
    /** In the order the engine creates them itself. */
    static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    EngineSchema() {
        super(VERSION, "Camunda engine schema");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (engineTablesExist(connection)) {
            return;
        }
        String database = database(connection);
        for (String part : PARTS) {
            run(connection, "create/activiti." + database + ".create." + part + ".sql");
        }
    }

    /** Runs one of the engine's scripts, named below {@value #ENGINE_SCRIPTS}. */
    static void run(Connection connection, String script) {
        ScriptUtils.executeSqlScript(connection, new ClassPathResource(ENGINE_SCRIPTS + script));
    }

    /** The engine's name for the database: {@code postgres} or {@code h2}, as in its script names. */
    static String database(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "postgres";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("No engine schema scripts for " + product);
    }

    private static boolean engineTablesExist(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
            try (ResultSet tables = meta.getTables(connection.getCatalog(), null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
