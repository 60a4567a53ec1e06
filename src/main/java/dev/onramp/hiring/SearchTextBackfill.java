package dev.onramp.hiring;

import dev.onramp.system.JavaMigrationBean;
import dev.onramp.system.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration {@value #VERSION}: fills the search columns that V32 added for the applications and requisitions that
 * were there ({@link SearchText}). Java, because neither H2 nor PostgreSQL (without {@code unaccent}) drops accents
 * the way search does.
 */
@Component
class SearchTextBackfill extends JavaMigrationBean {

    static final String VERSION = "32.1";
    private static final int BATCH = 1000;

    SearchTextBackfill() {
        super(VERSION, "fill search text");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        fill(connection, "SELECT id, candidate_name, candidate_email FROM application",
                "UPDATE application SET search_text = ? WHERE id = ?", ApplicationRepository.MAX_SEARCH_TEXT);
        fill(connection, "SELECT id, title FROM requisition", "UPDATE requisition SET search_text = ? WHERE id = ?",
                RequisitionRepository.MAX_SEARCH_TEXT);
    }

    private static void fill(Connection connection, String select, String update, int max) throws SQLException {
        try (PreparedStatement rowsToFill = connection.prepareStatement(select);
             ResultSet rows = rowsToFill.executeQuery();
             PreparedStatement write = connection.prepareStatement(update)) {
            int columns = rows.getMetaData().getColumnCount();
            int pending = 0;
            while (rows.next()) {
                String[] parts = new String[columns - 1];
                for (int i = 2; i <= columns; i++) {
                    parts[i - 2] = rows.getString(i);
                }
                write.setString(1, ApplicationRepository.fitted(SearchText.of(parts), max));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
