package dev.onramp.hiring;

import dev.onramp.system.Databases;
import dev.onramp.system.NotFoundException;
import dev.onramp.system.SearchText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
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

    /** The length of the {@code search_text} column (V32). */
    static final int MAX_SEARCH_TEXT = 250;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private volatile Boolean isPostgres;

    public RequisitionRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public Requisition get(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("requisition", id));
    }

    public Optional<Requisition> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(RequisitionRepository::row).optional();
    }

    /**
     * The first key of the advisory locks on requisitions (the second is the id's hash: two ids that share it only
     * share a lock). The two-key space of PostgreSQL's advisory locks is apart from the one-key space Flyway uses.
     */
    static final int ADVISORY_NAMESPACE = 0x52_45_51_01; // "REQ" 1

    /** Asked once, on first use (not while the context starts); not remembered when the database could not be asked. */
    private boolean postgres() {
        Boolean postgres = isPostgres;
        if (postgres == null) {
            postgres = Databases.isPostgres(dataSource);
            isPostgres = postgres;
        }
        return postgres;
    }

    /**
     * The requisition, locked until the transaction ends, with what a new application's hiring process starts with
     * (the team's slug and loop, the hiring manager's username): an application added in this transaction cannot slip
     * past a concurrent {@link #close}. On PostgreSQL the lock is a shared transaction-level advisory lock on the
     * requisition ({@link #ADVISORY_NAMESPACE}, the id), taken in a statement of its own before the row is read (so the
     * read sees a close that committed while it waited), and the close takes the same lock exclusively: applications
     * to one requisition are added side by side; a close waits for the additions under way, and the additions that
     * come after it wait for it (PostgreSQL queues a shared request behind a waiting exclusive one) and then read it
     * closed. A row lock ({@code FOR SHARE}) was used before: PostgreSQL lets a new share locker of a row that is
     * already share-locked go ahead of an {@code UPDATE} waiting for it, so a steady stream of additions kept the close
     * waiting (25 s in {@code RequisitionCloseRaceIT}, with every addition that began meanwhile accepted). H2 knows
     * neither: {@code FOR UPDATE}, which serialises additions and close.
     */
    public ForApplication lockForApplication(long id) {
        boolean postgres = postgres();
        if (postgres) {
            jdbc.sql("SELECT pg_advisory_xact_lock_shared(?, ?)").params(ADVISORY_NAMESPACE, Long.hashCode(id))
                    .query((rs, n) -> 1).list();
        }
        return jdbc.sql("""
                SELECT id, team_id, title, hiring_manager_id, location_policy, openings, description, status,
                       opened_by, opened_at, closed_at, close_reason,
                       (SELECT t.slug FROM team t WHERE t.id = requisition.team_id) AS team_slug,
                       (SELECT t.loop_process_key FROM team t WHERE t.id = requisition.team_id) AS team_loop,
                       (SELECT p.username FROM person p WHERE p.id = requisition.hiring_manager_id) AS hiring_manager
                  FROM requisition
                 WHERE id = ?
                """ + (postgres ? "" : " FOR UPDATE")).param(id)
                .query((rs, n) -> new ForApplication(row(rs, n), new ProcessStart(rs.getString("team_slug"),
                        rs.getString("team_loop"), rs.getString("hiring_manager"))))
                .optional().orElseThrow(() -> new NotFoundException("requisition", id));
    }

    /** See {@link #lockForApplication}. */
    public record ForApplication(Requisition requisition, ProcessStart processStart) {
    }

    /** What a new application's hiring process starts with: see {@link #lockForApplication}. */
    public record ProcessStart(String teamSlug, String teamLoopProcessKey, String hiringManagerUsername) {
    }

    /** The pipeline list: newest first, with each requisition's count of active applications. */
    public List<Listed> search(Long teamId, Requisition.Status status, String titleContains) {
        StringBuilder sql = new StringBuilder("""
                SELECT r.id, r.title, r.team_id, t.name AS team_name, p.display_name AS hiring_manager_name,
                       r.location_policy, r.openings, r.status, r.opened_at,
                       (SELECT COUNT(*) FROM application a
                         WHERE a.requisition_id = r.id AND a.status = 'ACTIVE') AS active_applications
                  FROM requisition r
                  JOIN team t ON t.id = r.team_id
                  JOIN person p ON p.id = r.hiring_manager_id
                 WHERE 1 = 1
                """);
        Map<String, Object> params = new HashMap<>();
        if (teamId != null) {
            sql.append(" AND r.team_id = :team");
            params.put("team", teamId);
        }
        if (status != null) {
            sql.append(" AND r.status = :status");
            params.put("status", status.name());
        }
        if (titleContains != null && !titleContains.isBlank()) {
            sql.append(" AND LOWER(r.title) LIKE :text ESCAPE '!'");
            params.put("text", "%" + likeEscaped(titleContains.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        sql.append(" ORDER BY r.opened_at DESC, r.id DESC FETCH FIRST 500 ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Listed(rs.getLong("id"), rs.getString("title"), rs.getLong("team_id"),
                        rs.getString("team_name"), rs.getString("hiring_manager_name"), rs.getString("location_policy"),
                        rs.getInt("openings"), Requisition.Status.valueOf(rs.getString("status")),
                        rs.getTimestamp("opened_at").toInstant(), rs.getLong("active_applications")))
                .list();
    }

    /** What search finds a requisition by: its title in {@link SearchText}'s form. */
    static String searchText(String title) {
        return ApplicationRepository.fitted(SearchText.of(title), MAX_SEARCH_TEXT);
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public List<Requisition> findAll() {
        return jdbc.sql(SELECT + " ORDER BY opened_at DESC, id DESC").query(RequisitionRepository::row).list();
    }

    public long insert(NewRequisition r) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO requisition (team_id, title, hiring_manager_id, location_policy, openings, description,
                                         status, opened_by, opened_at, search_text)
                VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)
                """)
                .params(r.teamId(), r.title(), r.hiringManagerId(), r.locationPolicy(), r.openings(),
                        r.description(), r.openedBy(), Timestamp.from(r.openedAt()), searchText(r.title()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The requisition's version (V34): raised by every edit. */
    public int version(long id) {
        return jdbc.sql("SELECT version FROM requisition WHERE id = ?").param(id).query(Integer.class).optional()
                .orElseThrow(() -> new NotFoundException("requisition", id));
    }

    /**
     * Saves an edit of an open requisition made at {@code version}; false when the requisition is at another version
     * by now (someone saved meanwhile) or closed, and nothing changes then.
     */
    boolean update(long id, int version, RequisitionEditForm edit) {
        return jdbc.sql("""
                UPDATE requisition
                   SET title = ?, hiring_manager_id = ?, location_policy = ?, openings = ?, description = ?,
                       search_text = ?, version = version + 1
                 WHERE id = ? AND version = ? AND status = 'OPEN'
                """)
                .params(edit.title(), edit.hiringManagerId(), edit.locationPolicy(), edit.openings(),
                        edit.description(), searchText(edit.title()), id, version)
                .update() == 1;
    }

    void insertChange(long requisitionId, int version, long changedBy, Instant at, Change.Field field,
                      String oldValue, String newValue) {
        jdbc.sql("""
                INSERT INTO requisition_change (requisition_id, version, changed_by, changed_at, field, old_value,
                                                new_value)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(requisitionId, version, changedBy, Timestamp.from(at), field.name(), oldValue, newValue)
                .update();
    }

    /** The requisition's edits, newest first, field by field. */
    public List<Change> changes(long requisitionId) {
        return jdbc.sql("""
                SELECT version, changed_by, changed_at, field, old_value, new_value FROM requisition_change
                 WHERE requisition_id = ? ORDER BY version DESC, id
                """).param(requisitionId)
                .query((rs, n) -> new Change(rs.getInt("version"), rs.getLong("changed_by"),
                        rs.getTimestamp("changed_at").toInstant(), Change.Field.valueOf(rs.getString("field")),
                        rs.getString("old_value"), rs.getString("new_value")))
                .list();
    }

    /** One field one edit changed; a hiring manager's values are person ids. */
    public record Change(int version, long changedBy, Instant changedAt, Field field, String oldValue,
                         String newValue) {

        public enum Field {
            TITLE, DESCRIPTION, OPENINGS, LOCATION_POLICY, HIRING_MANAGER;

            public String messageKey() {
                return "requisition.history.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
        }
    }

    /**
     * Closes an open requisition; false when it was already closed (a double submit). On PostgreSQL it first takes the
     * requisition's advisory lock exclusively (see {@link #lock}): it waits for the additions under way, and holds
     * off new ones until the transaction ends.
     */
    public boolean close(long id, String reason, Instant at) {
        if (postgres()) {
            jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params(ADVISORY_NAMESPACE, Long.hashCode(id))
                    .query((rs, n) -> 1).list();
        }
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

    /** One row of the pipeline list. */
    public record Listed(long id, String title, long teamId, String teamName, String hiringManagerName,
                         String locationPolicy, int openings, Requisition.Status status, Instant openedAt,
                         long activeApplications) {

        public boolean isOpen() {
            return status == Requisition.Status.OPEN;
        }
    }

    public record NewRequisition(long teamId, String title, long hiringManagerId, String locationPolicy, int openings,
                                 String description, long openedBy, Instant openedAt) {
    }
}
