package dev.onramp.onboarding;

import dev.onramp.system.JavaMigrationBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration {@value #VERSION}: the password-link tokens issued before V15 were stored as they are; each is replaced by
 * its SHA-256 ({@link PasswordTokens#hash(String)}), the same hash the links are looked up by. Links already sent keep
 * working until they expire or are used. Java, because H2 and PostgreSQL spell SHA-256 differently in SQL.
 */
@Component
class PasswordTokenHashes extends JavaMigrationBean {

    static final String VERSION = "15.1";
    private static final int HASH_LENGTH = 64;

    PasswordTokenHashes() {
        super(VERSION, "hash password link tokens");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String> tokens = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT token_hash FROM password_token");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (rows.getString(1).length() != HASH_LENGTH) {
                    tokens.add(rows.getString(1));
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE password_token SET token_hash = ? WHERE token_hash = ?")) {
            for (String token : tokens) {
                update.setString(1, PasswordTokens.hash(token));
                update.setString(2, token);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
