package dev.onramp.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The application's DataSource on a real PostgreSQL from {@link PostgresResolver}, closed with the context. */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfig {

    @Bean(destroyMethod = "close")
    PostgresResolver.Database postgresDatabase() {
        return PostgresResolver.resolve();
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(PostgresResolver.Database database) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(database.dataSource());
        config.setMaximumPoolSize(30);
        config.setPoolName("onramp-test-postgres");
        return new HikariDataSource(config);
    }
}
