package dev.onramp.hiring;

import dev.onramp.system.NotFoundException;
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

@Repository
public class RequisitionRepository {

    private static final String SELECT = """
            SELECT id, team_id, title, hiring_manager_id, location_policy, openings, description, status,
                   opened_by, opened_at, closed_at, close_reason
              FROM requisition
            """;

    private final JdbcClient jdbc;

    public RequisitionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Requisition get(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("requisition", id));
    }

    public Optional<Requisition> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(RequisitionRepository::row).optional();
    }

    public List<Requisition> findAll() {
        return jdbc.sql(SELECT + " ORDER BY opened_at DESC, id DESC").query(RequisitionRepository::row).list();
    }

    public long insert(NewRequisition r) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO requisition (team_id, title, hiring_manager_id, location_policy, openings, description,
                                         status, opened_by, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
                """)
                .params(r.teamId(), r.title(), r.hiringManagerId(), r.locationPolicy(), r.openings(),
                        r.description(), r.openedBy(), Timestamp.from(r.openedAt()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Closes an open requisition; false when it was already closed (a double submit). */
    public boolean close(long id, String reason, Instant at) {
        return jdbc.sql("UPDATE requisition SET status = 'CLOSED', closed_at = ?, close_reason = ? WHERE id = ? AND status = 'OPEN'")
                .params(Timestamp.from(at), reason, id).update() == 1;
    }

    private static Requisition row(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Requisition(rs.getLong("id"), rs.getLong("team_id"), rs.getString("title"),
                rs.getLong("hiring_manager_id"), rs.getString("location_policy"), rs.getInt("openings"),
                rs.getString("description"), Requisition.Status.valueOf(rs.getString("status")),
                rs.getLong("opened_by"), rs.getTimestamp("opened_at").toInstant(),
                closed == null ? null : closed.toInstant(), rs.getString("close_reason"));
    }

    public record NewRequisition(long teamId, String title, long hiringManagerId, String locationPolicy, int openings,
                                 String description, long openedBy, Instant openedAt) {
    }
}
