package dev.onramp.xschool;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who sits in which cohort: one row per person (the primary key), counted on the cohort row. */
@Repository
class SeatRepository {

    private static final String SELECT = "SELECT person_id, cohort_id, status, assigned_at FROM cohort_seat WHERE person_id = ?";

    private final JdbcClient jdbc;

    SeatRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Seat> find(long personId) {
        return jdbc.sql(SELECT).param(personId).query(SeatRepository::row).optional();
    }

    /** The person's seat, locked until the transaction ends: one change to a person's seat at a time. */
    Optional<Seat> lock(long personId) {
        return jdbc.sql(SELECT + " FOR UPDATE").param(personId).query(SeatRepository::row).optional();
    }

    void insert(long personId, long cohortId, Instant at) {
        jdbc.sql("INSERT INTO cohort_seat (person_id, cohort_id, status, assigned_at) VALUES (?, ?, ?, ?)")
                .params(personId, cohortId, SeatStatus.ASSIGNED.name(), Timestamp.from(at)).update();
    }

    /** Moves the seat to another cohort; the move needs a new confirmation. */
    void move(long personId, long cohortId, Instant at) {
        jdbc.sql("UPDATE cohort_seat SET cohort_id = ?, status = ?, assigned_at = ? WHERE person_id = ?")
                .params(cohortId, SeatStatus.ASSIGNED.name(), Timestamp.from(at), personId).update();
    }

    void setStatus(long personId, SeatStatus status) {
        jdbc.sql("UPDATE cohort_seat SET status = ? WHERE person_id = ?").params(status.name(), personId).update();
    }

    void delete(long personId) {
        jdbc.sql("DELETE FROM cohort_seat WHERE person_id = ?").param(personId).update();
    }

    List<RosterEntry> roster(long cohortId) {
        return jdbc.sql("""
                SELECT p.id, p.display_name, t.name AS team, p.country, p.time_zone, s.status
                  FROM cohort_seat s
                  JOIN person p ON p.id = s.person_id
                  LEFT JOIN team t ON t.id = p.team_id
                 WHERE s.cohort_id = ?
                 ORDER BY p.display_name, p.id
                """)
                .param(cohortId)
                .query((rs, n) -> new RosterEntry(rs.getLong("id"), rs.getString("display_name"), rs.getString("team"),
                        rs.getString("country"), ZoneId.of(rs.getString("time_zone")),
                        SeatStatus.valueOf(rs.getString("status"))))
                .list();
    }

    private static Seat row(ResultSet rs, int n) throws SQLException {
        return new Seat(rs.getLong("person_id"), rs.getLong("cohort_id"), SeatStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("assigned_at").toInstant());
    }

    record Seat(long personId, long cohortId, SeatStatus status, Instant assignedAt) {
    }
}
