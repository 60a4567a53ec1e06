package dev.onramp.decision;

import dev.onramp.feedback.VoteTally;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The decisions on applications, oldest first; rows are only ever added. */
@Repository
public class DecisionRecordRepository {

    private static final String SELECT = """
            SELECT id, application_id, outcome, rule, decided_by, rationale, plus_ones, zeros, minus_ones, decided_at
              FROM decision_record
            """;

    private final JdbcClient jdbc;

    public DecisionRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long applicationId, String outcome, String rule, Long decidedBy, String rationale,
                       VoteTally.Tally tally, Instant decidedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO decision_record (application_id, outcome, rule, decided_by, rationale,
                                             plus_ones, zeros, minus_ones, decided_at)
                VALUES (:applicationId, :outcome, :rule, :decidedBy, :rationale, :plusOnes, :zeros, :minusOnes, :decidedAt)
                """)
                .param("applicationId", applicationId)
                .param("outcome", outcome)
                .param("rule", rule)
                .param("decidedBy", decidedBy)
                .param("rationale", rationale)
                .param("plusOnes", tally.plusOnes())
                .param("zeros", tally.zeros())
                .param("minusOnes", tally.minusOnes())
                .param("decidedAt", Timestamp.from(decidedAt))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public List<DecisionRecord> findByApplication(long applicationId) {
        return jdbc.sql(SELECT + " WHERE application_id = ? ORDER BY decided_at, id")
                .param(applicationId).query(DecisionRecordRepository::row).list();
    }

    /** The latest decision of the team's rule, the one a debrief follows. */
    public Optional<DecisionRecord> findLatestByRule(long applicationId) {
        return jdbc.sql(SELECT + " WHERE application_id = ? AND decided_by IS NULL ORDER BY decided_at DESC, id DESC")
                .param(applicationId).query(DecisionRecordRepository::row).list().stream().findFirst();
    }

    private static DecisionRecord row(ResultSet rs, int n) throws SQLException {
        return new DecisionRecord(rs.getLong("id"), rs.getLong("application_id"), rs.getString("outcome"),
                rs.getString("rule"), rs.getObject("decided_by", Long.class), rs.getString("rationale"),
                rs.getInt("plus_ones"), rs.getInt("zeros"), rs.getInt("minus_ones"),
                rs.getTimestamp("decided_at").toInstant());
    }
}
