package dev.onramp.people;

import dev.onramp.system.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class TeamRepository {

    private static final String SELECT = "SELECT id, slug, name, loop_process_key, lead_id, hiring_manager_id FROM team";

    private final JdbcClient jdbc;

    public TeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Team get(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("team", id));
    }

    public Optional<Team> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Team.class).optional();
    }

    public Optional<Team> findBySlug(String slug) {
        return jdbc.sql(SELECT + " WHERE slug = ?").param(slug).query(Team.class).optional();
    }

    public List<Team> findAll() {
        return jdbc.sql(SELECT + " ORDER BY name").query(Team.class).list();
    }

    public long insert(String slug, String name, String loopProcessKey) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO team (slug, name, loop_process_key) VALUES (?, ?, ?)")
                .param(slug).param(name).param(loopProcessKey).update(key, "id");
        return key.getKey().longValue();
    }

    public void setLeadAndHiringManager(long teamId, long leadId, long hiringManagerId) {
        jdbc.sql("UPDATE team SET lead_id = ?, hiring_manager_id = ? WHERE id = ?")
                .param(leadId).param(hiringManagerId).param(teamId).update();
    }
}
