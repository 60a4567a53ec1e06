package dev.onramp.xschool;

import dev.onramp.system.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Cohorts and their seat counters. {@link #takeSeat} and {@link #releaseSeat} are the only writes to
 * {@code seats_taken}; the CHECK constraint {@code cohort_capacity_kept} is the last line of defence.
 */
@Repository
public class CohortRepository {

    private static final String SELECT = "SELECT id, starts_on, ends_on, place, time_zone, capacity, seats_taken FROM cohort";

    private final JdbcClient jdbc;

    public CohortRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Cohort get(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("cohort", id));
    }

    public Optional<Cohort> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(CohortRepository::row).optional();
    }

    public List<Cohort> findFrom(LocalDate from) {
        return jdbc.sql(SELECT + " WHERE starts_on >= ? ORDER BY starts_on").param(from).query(CohortRepository::row).list();
    }

    /** Cohorts still running or to come on {@code today}, the earliest first. */
    public List<Cohort> findNotEndedOn(LocalDate today) {
        return jdbc.sql(SELECT + " WHERE ends_on >= ? ORDER BY starts_on").param(today).query(CohortRepository::row).list();
    }

    /** Cohorts starting on or after {@code from} that had a free seat when read, the earliest first. */
    List<Cohort> findWithRoomFrom(LocalDate from) {
        return jdbc.sql(SELECT + " WHERE starts_on >= ? AND seats_taken < capacity ORDER BY starts_on")
                .param(from).query(CohortRepository::row).list();
    }

    Optional<Cohort> findLatest() {
        return jdbc.sql(SELECT + " ORDER BY starts_on DESC LIMIT 1").query(CohortRepository::row).optional();
    }

    /**
     * What every cohort is, whoever writes it: one to ten days long (no page lists more days than that) with one to
     * 500 seats. The form also keeps a coordinator's first day between today and three years on.
     */
    private static void requireInRange(LocalDate startsOn, LocalDate endsOn, int capacity) {
        CohortForm.DAYS.require("endsOn", CohortForm.days(startsOn, endsOn));
        CohortForm.CAPACITY.require("capacity", capacity);
    }

    boolean startsOnTaken(LocalDate startsOn, Long exceptCohortId) {
        return jdbc.sql("SELECT COUNT(*) FROM cohort WHERE starts_on = ? AND id <> ?")
                .param(startsOn).param(exceptCohortId == null ? -1L : exceptCohortId)
                .query(Long.class).single() > 0;
    }

    public long insert(LocalDate startsOn, LocalDate endsOn, String place, ZoneId zone, int capacity) {
        requireInRange(startsOn, endsOn, capacity);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO cohort (starts_on, ends_on, place, time_zone, capacity) VALUES (?, ?, ?, ?, ?)")
                .params(startsOn, endsOn, place, zone.getId(), capacity)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Changes a cohort unless its seats taken exceed the new capacity; true if it changed. */
    boolean update(long id, LocalDate startsOn, LocalDate endsOn, String place, ZoneId zone, int capacity) {
        requireInRange(startsOn, endsOn, capacity);
        return jdbc.sql("""
                UPDATE cohort SET starts_on = ?, ends_on = ?, place = ?, time_zone = ?, capacity = ?
                 WHERE id = ? AND seats_taken <= ?
                """)
                .params(startsOn, endsOn, place, zone.getId(), capacity, id, capacity)
                .update() == 1;
    }

    /**
     * Takes one seat if one is free: one conditional UPDATE that serialises on the cohort's row, so
     * concurrent callers on any node never take more seats than the capacity. True if the seat is ours.
     */
    boolean takeSeat(long cohortId) {
        return jdbc.sql("UPDATE cohort SET seats_taken = seats_taken + 1 WHERE id = ? AND seats_taken < capacity")
                .param(cohortId).update() == 1;
    }

    void releaseSeat(long cohortId) {
        int updated = jdbc.sql("UPDATE cohort SET seats_taken = seats_taken - 1 WHERE id = ? AND seats_taken > 0")
                .param(cohortId).update();
        if (updated != 1) {
            throw new IllegalStateException("cohort " + cohortId + " has no seat to release");
        }
    }

    private static Cohort row(ResultSet rs, int n) throws SQLException {
        return new Cohort(rs.getLong("id"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("place"), ZoneId.of(rs.getString("time_zone")),
                rs.getInt("capacity"), rs.getInt("seats_taken"));
    }
}
