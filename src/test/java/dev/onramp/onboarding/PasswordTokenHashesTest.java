package dev.onramp.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** Migrations V15 and V15.1 on a table with tokens issued before: each becomes its hash, so sent links keep working. */
class PasswordTokenHashesTest {

    @Test
    void shouldReplaceEveryStoredTokenByItsHash() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:password-token-hashes;DB_CLOSE_DELAY=-1");
             Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE password_token (token VARCHAR(64) PRIMARY KEY, person_id BIGINT NOT NULL,
                        created_at TIMESTAMP WITH TIME ZONE NOT NULL, expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
                        used_at TIMESTAMP WITH TIME ZONE)""");
            sql.execute("INSERT INTO password_token VALUES ('sent-link-token-one', 1, NOW(), NOW(), NULL)");
            sql.execute("INSERT INTO password_token VALUES ('sent-link-token-two', 2, NOW(), NOW(), NOW())");

            sql.execute(Files.readString(Path.of("src/main/resources/db/migration/V15__password_token_hash.sql")));
            new PasswordTokenHashes().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });

            List<String> stored = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT token_hash FROM password_token ORDER BY person_id")) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
            assertThat(stored).containsExactly(PasswordTokens.hash("sent-link-token-one"),
                    PasswordTokens.hash("sent-link-token-two"));
        }
    }
}
