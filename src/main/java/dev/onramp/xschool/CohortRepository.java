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

    public long insert(LocalDate startsOn, LocalDate endsOn, String place, ZoneId zone, int capacity) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO cohort (starts_on, ends_on, place, time_zone, capacity) VALUES (?, ?, ?, ?, ?)")
                .params(startsOn, endsOn, place, zone.getId(), capacity)
                .update(key, "id");
        return key.getKey().longValue();
    }

    private static Cohort row(ResultSet rs, int n) throws SQLException {
        return new Cohort(rs.getLong("id"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("place"), ZoneId.of(rs.getString("time_zone")),
                rs.getInt("capacity"), rs.getInt("seats_taken"));
    }
}
