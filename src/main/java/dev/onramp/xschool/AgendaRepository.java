package dev.onramp.xschool;

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

/** The sessions of each cohort's week, and who on the roster is in which team. */
@Repository
class AgendaRepository {

    private static final String SELECT = """
            SELECT id, cohort_id, kind, team_id, title_key, starts_at, ends_at, status FROM agenda_session
            """;

    private final JdbcClient jdbc;

    AgendaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the cohort's row until the transaction ends: one change to a cohort's agenda at a time. */
    void lockCohort(long cohortId) {
        jdbc.sql("SELECT id FROM cohort WHERE id = ? FOR UPDATE").param(cohortId).query(Long.class).optional();
    }

    Optional<AgendaSession> find(long sessionId) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(sessionId).query(AgendaRepository::row).optional();
    }

    /** The cohort's sessions in time order, fixed ones before team-lead ones at the same time. */
    List<AgendaSession> sessions(long cohortId) {
        return jdbc.sql(SELECT + " WHERE cohort_id = ? ORDER BY starts_at, team_id NULLS FIRST, id")
                .param(cohortId).query(AgendaRepository::row).list();
    }

    long insert(long cohortId, SessionKind kind, Long teamId, Instant startsAt, Instant endsAt, SessionStatus status) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO agenda_session (cohort_id, kind, team_id, title_key, starts_at, ends_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(cohortId, kind.name(), teamId, kind.titleKey(), Timestamp.from(startsAt), Timestamp.from(endsAt),
                        status.name())
                .update(key, "id");
        return key.getKey().longValue();
    }

    void delete(long sessionId) {
        jdbc.sql("DELETE FROM agenda_session WHERE id = ?").param(sessionId).update();
    }

    void deleteFixed(long cohortId) {
        jdbc.sql("DELETE FROM agenda_session WHERE cohort_id = ? AND team_id IS NULL").param(cohortId).update();
    }

    /** True if the session was proposed and is confirmed now. */
    boolean confirm(long sessionId) {
        return jdbc.sql("UPDATE agenda_session SET status = ? WHERE id = ? AND status = ?")
                .params(SessionStatus.CONFIRMED.name(), sessionId, SessionStatus.PROPOSED.name()).update() == 1;
    }

    /** Everyone on the cohort's roster with the team they are in (null without one), by person id. */
    List<Attendee> roster(long cohortId) {
        return jdbc.sql("""
                SELECT p.id, p.team_id FROM cohort_seat s JOIN person p ON p.id = s.person_id
                 WHERE s.cohort_id = ? ORDER BY p.id
                """)
                .param(cohortId)
                .query((rs, n) -> new Attendee(rs.getLong("id"), (Long) rs.getObject("team_id", Long.class)))
                .list();
    }

    private static AgendaSession row(ResultSet rs, int n) throws SQLException {
        return new AgendaSession(rs.getLong("id"), rs.getLong("cohort_id"), SessionKind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("team_id", Long.class), rs.getString("title_key"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                SessionStatus.valueOf(rs.getString("status")));
    }

    /** A person on a roster and their team. */
    record Attendee(long personId, Long teamId) {
    }
}
