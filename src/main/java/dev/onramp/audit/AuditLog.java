package dev.onramp.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: who did what to which subject, and when. Append-only: this class is the only writer, and it only
 * inserts (on PostgreSQL a trigger refuses updates and deletes too). A record joins the caller's transaction, so an
 * action that rolls back leaves no audit row claiming it happened. The detail holds ids and outcomes, never personal
 * data: no names, e-mails, notes or reasons.
 */
@Service
public class AuditLog {

    /** Who acts when no person does: the engine's timers and rules, the retention job. */
    public static final String SYSTEM = "system";
    /** A failed sign-in with a username that no account has. */
    public static final String UNKNOWN = "unknown";

    static final int MAX_DETAIL = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends one entry.
     *
     * @param action one of {@link AuditActions}
     * @param actorUsername who acted: a username, {@link #SYSTEM} or {@link #UNKNOWN}
     * @param subjectType what was acted on, such as {@code application} (null for a sign-in)
     * @param subjectId its id (null for a sign-in)
     * @param detail ids and outcomes only, never personal data
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void record(String action, String actorUsername, String subjectType, Object subjectId, String detail) {
        String text = detail == null ? "" : detail;
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, action, actor, subject_type, subject_id, detail)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
                .params(Timestamp.from(clock.instant()), action, actorUsername == null ? SYSTEM : actorUsername,
                        subjectType, subjectId == null ? null : String.valueOf(subjectId),
                        text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) : text)
                .update();
    }

    /** One page of entries matching the filter, newest first. */
    public AuditPage search(AuditFilter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_log" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<AuditEntry> entries = jdbc.sql("""
                SELECT id, occurred_at, action, actor, subject_type, subject_id, detail FROM audit_log
                """ + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(pageParams).query(AuditLog::row).list();
        return new AuditPage(entries, page, size, total);
    }

    /** The actions recorded so far, for the filter's choices. */
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_log ORDER BY action").query(String.class).list();
    }

    private static String where(AuditFilter filter, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.action() != null) {
            conditions.add("action = ?");
            params.add(filter.action());
        }
        if (filter.actor() != null) {
            conditions.add("actor = ?");
            params.add(filter.actor());
        }
        if (filter.subjectType() != null) {
            conditions.add("subject_type = ?");
            params.add(filter.subjectType());
        }
        if (filter.subjectId() != null) {
            conditions.add("subject_id = ?");
            params.add(filter.subjectId());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.until() != null) {
            conditions.add("occurred_at < ?");
            params.add(Timestamp.from(filter.until()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static AuditEntry row(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"),
                rs.getString("actor"), rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("detail"));
    }
}
