package dev.onramp.hiring;

import dev.onramp.system.NotFoundException;
import dev.onramp.system.SearchText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Applications in our own table; the e-mail key (lower-cased) is unique per requisition. */
@Repository
public class ApplicationRepository {

    private static final String SELECT = """
            SELECT id, requisition_id, candidate_name, candidate_email, candidate_zone, candidate_country, resume_url,
                   source, status, stage, outcome_reason, outcome_stage, created_by, created_at, ended_at,
                   process_instance_id
              FROM application
            """;

    private final JdbcClient jdbc;

    public ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The length of the {@code search_text} column (V32). */
    static final int MAX_SEARCH_TEXT = 500;

    /**
     * What search finds a candidate by: name and e-mail in {@link SearchText}'s form. Written with every change of
     * either (an erasure too: an erased candidate is not found by their old name).
     */
    static String searchText(String name, String email) {
        return fitted(SearchText.of(name, email), MAX_SEARCH_TEXT);
    }

    static String fitted(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** How e-mails are compared: trimmed and lower-cased. */
    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public Application get(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("application", id));
    }

    public Optional<Application> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(ApplicationRepository::row).optional();
    }

    /**
     * The application named by the variable {@code variable} (a long, set on the process instance when it started) of
     * the process of the open task {@code taskId}, in one query; empty when the task is not open (any more). Reads the
     * engine's runtime tables, the task by its key and its process instance's variable through the engine's
     * {@code ACT_RU_VARIABLE} index on {@code PROC_INST_ID_}: what {@code TaskVariables} and {@link #get} would find
     * for a task whose variable lives on its process instance, in one round trip instead of three.
     */
    public Optional<Application> findByOpenTask(String taskId, String variable) {
        return jdbc.sql(SELECT + """
                 WHERE id = (SELECT v.LONG_ FROM ACT_RU_TASK t
                               JOIN ACT_RU_VARIABLE v ON v.PROC_INST_ID_ = t.PROC_INST_ID_
                              WHERE t.ID_ = ? AND v.NAME_ = ? AND v.EXECUTION_ID_ = t.PROC_INST_ID_
                                AND v.TASK_ID_ IS NULL)
                """).params(taskId, variable).query(ApplicationRepository::row).optional();
    }

    /** These applications, in no particular order; unknown ids are left out. */
    public List<Application> findByIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE id IN (:ids)").param("ids", ids).query(ApplicationRepository::row).list();
    }

    public List<Application> findByRequisition(long requisitionId) {
        return jdbc.sql(SELECT + " WHERE requisition_id = ? ORDER BY created_at DESC, id DESC")
                .param(requisitionId).query(ApplicationRepository::row).list();
    }

    /** One page of the requisition's applications, newest first. */
    List<Application> findByRequisition(long requisitionId, long offset, int limit) {
        return jdbc.sql(SELECT + " WHERE requisition_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(requisitionId, limit, offset).query(ApplicationRepository::row).list();
    }

    long countByRequisition(long requisitionId) {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE requisition_id = ?").param(requisitionId)
                .query(Long.class).single();
    }

    public List<Long> findActiveIds(long requisitionId) {
        return jdbc.sql("SELECT id FROM application WHERE requisition_id = ? AND status = 'ACTIVE' ORDER BY id")
                .param(requisitionId).query(Long.class).list();
    }

    public boolean existsByEmail(long requisitionId, String email) {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE requisition_id = ? AND candidate_email_key = ?")
                .params(requisitionId, emailKey(email)).query(Long.class).single() > 0;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the e-mail already applied to the requisition */
    public long insert(NewApplication a) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO application (requisition_id, candidate_name, candidate_email, candidate_email_key,
                                         candidate_zone, candidate_country, resume_url, source, status,
                                         created_by, created_at, search_text, lane, lane_since)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, 'screening', ?)
                """)
                .params(a.requisitionId(), a.candidateName(), a.candidateEmail().strip(), emailKey(a.candidateEmail()),
                        a.candidateZone(), a.candidateCountry(), a.resumeUrl(), a.source().name(), a.createdBy(),
                        Timestamp.from(a.createdAt()), searchText(a.candidateName(), a.candidateEmail()),
                        Timestamp.from(a.createdAt()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void setProcessInstanceId(long id, String processInstanceId) {
        jdbc.sql("UPDATE application SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
    }

    /**
     * Ends an active application because its requisition closed: the outcome reason is the
     * requisition's close reason, the outcome stage the stage it was in. False when it had already ended.
     */
    public boolean endForClosedRequisition(long id, Instant at) {
        return jdbc.sql("""
                UPDATE application
                   SET status = 'REQUISITION_CLOSED', ended_at = ?, outcome_stage = stage, lane = 'ended', lane_since = ?,
                       outcome_reason = (SELECT r.close_reason FROM requisition r WHERE r.id = application.requisition_id)
                 WHERE id = ? AND status = 'ACTIVE'
                """).params(Timestamp.from(at), Timestamp.from(at), id).update() == 1;
    }

    /**
     * Keeps why an active application ends (a rejection or withdrawal reason, a decision's rationale), written by
     * the person's action before the process hears of it: the reason is never a process variable. False when the
     * application is no longer active (nothing changes then).
     */
    public boolean saveOutcomeReason(long id, String reason) {
        return jdbc.sql("UPDATE application SET outcome_reason = ? WHERE id = ? AND status = 'ACTIVE'")
                .params(reason, id).update() == 1;
    }

    /**
     * A screening's rejection in one statement: the reason as the outcome reason (while the application is active, as
     * {@link #saveOutcomeReason}) and as the screening note (as {@link #saveScreeningNote}).
     */
    public void saveRejectionAtScreening(long id, String reason) {
        jdbc.sql("""
                UPDATE application
                   SET outcome_reason = CASE WHEN status = 'ACTIVE' THEN ? ELSE outcome_reason END,
                       screening_note = ?
                 WHERE id = ?
                """).params(reason, reason, id).update();
    }

    /** Keeps the recruiter's screening note (V34), whichever way the screening went. */
    public void saveScreeningNote(long id, String note) {
        jdbc.sql("UPDATE application SET screening_note = ? WHERE id = ?").params(note, id).update();
    }

    /** The recruiter's screening note, if they wrote one (none once the candidate was erased). */
    public Optional<String> screeningNote(long id) {
        return jdbc.sql("SELECT screening_note FROM application WHERE id = ?").param(id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(note -> note);
    }

    /**
     * Ends an active application with its outcome, at the given stage. Only an active application changes, so a
     * retried job (or a second outcome racing the first) leaves the first outcome as it was; false then.
     */
    public boolean recordOutcome(long id, Application.Status status, String stage, Instant at) {
        if (status == Application.Status.ACTIVE) {
            throw new IllegalArgumentException("an outcome ends the application");
        }
        return jdbc.sql("""
                UPDATE application SET status = ?, outcome_stage = ?, ended_at = ?, lane = 'ended', lane_since = ?
                 WHERE id = ? AND status = 'ACTIVE'
                """).params(status.name(), stage, Timestamp.from(at), Timestamp.from(at), id).update() == 1;
    }

    /** The name every erased or expired candidate gets: their application's id only. */
    static String erasedName(long id) {
        return "Erased candidate #" + id;
    }

    /**
     * Replaces the candidate's name and e-mail (by an address that reaches nobody, unique per application) and
     * clears the résumé link, the screening note and the outcome's reason (and the search text: the old name finds nothing); everything reports count stays.
     */
    public void anonymise(long id) {
        String email = "erased-" + id + "@erased.invalid";
        jdbc.sql("""
                UPDATE application
                   SET candidate_name = ?, candidate_email = ?, candidate_email_key = ?, resume_url = NULL,
                       outcome_reason = NULL, screening_note = NULL, search_text = ?
                 WHERE id = ?
                """).params(erasedName(id), email, email, searchText(erasedName(id), email), id).update();
    }

    /** Marks the application's data as anonymised (once: a second mark keeps the first); false when it already was. */
    public boolean markAnonymised(long id, Instant at, AnonymisedReason reason) {
        return jdbc.sql("UPDATE application SET anonymised_at = ?, anonymised_reason = ? WHERE id = ? AND anonymised_at IS NULL")
                .params(Timestamp.from(at), reason.name(), id).update() == 1;
    }

    public boolean isAnonymised(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE id = ? AND anonymised_at IS NOT NULL")
                .param(id).query(Long.class).single() > 0;
    }

    /** Ended applications not yet anonymised that ended before {@code before}, oldest first. */
    public List<Long> findEndedNotAnonymisedBefore(Instant before, int limit) {
        return jdbc.sql("""
                SELECT id FROM application
                 WHERE status <> 'ACTIVE' AND anonymised_at IS NULL AND ended_at < ?
                 ORDER BY ended_at, id LIMIT ?
                """).params(Timestamp.from(before), limit).query(Long.class).list();
    }

    /** Ended applications not yet anonymised that ended before {@code before}, oldest first, as lifetime rows. */
    public List<Lifetime> lifetimesEndedBefore(Instant before, int limit) {
        return jdbc.sql("""
                SELECT id, requisition_id, status, ended_at, anonymised_at, anonymised_reason FROM application
                 WHERE status <> 'ACTIVE' AND anonymised_at IS NULL AND ended_at < ?
                 ORDER BY ended_at, id LIMIT ?
                """).params(Timestamp.from(before), limit).query(ApplicationRepository::lifetime).list();
    }

    /** Anonymised applications, most recently anonymised first. */
    public List<Lifetime> anonymised(int limit) {
        return jdbc.sql("""
                SELECT id, requisition_id, status, ended_at, anonymised_at, anonymised_reason FROM application
                 WHERE anonymised_at IS NOT NULL ORDER BY anonymised_at DESC, id DESC LIMIT ?
                """).param(limit).query(ApplicationRepository::lifetime).list();
    }

    public long countAnonymised() {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE anonymised_at IS NOT NULL").query(Long.class).single();
    }

    private static Lifetime lifetime(ResultSet rs, int n) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        Timestamp anonymised = rs.getTimestamp("anonymised_at");
        String reason = rs.getString("anonymised_reason");
        return new Lifetime(rs.getLong("id"), rs.getLong("requisition_id"), Application.Status.valueOf(rs.getString("status")),
                ended == null ? null : ended.toInstant(), anonymised == null ? null : anonymised.toInstant(),
                reason == null ? null : AnonymisedReason.valueOf(reason));
    }

    /** Why an application's data was anonymised. */
    public enum AnonymisedReason {
        /** Erased on request. */
        REQUEST,
        /** Ended longer ago than the retention period. */
        RETENTION
    }

    /** An application's data lifetime: when it ended, and when (and why) its data was anonymised. */
    public record Lifetime(long id, long requisitionId, Application.Status status, Instant endedAt,
                           Instant anonymisedAt, AnonymisedReason reason) {
    }

    private static Application row(ResultSet rs, int n) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Application(rs.getLong("id"), rs.getLong("requisition_id"), rs.getString("candidate_name"),
                rs.getString("candidate_email"), rs.getString("candidate_zone"), rs.getString("candidate_country"),
                rs.getString("resume_url"), Application.Source.valueOf(rs.getString("source")),
                Application.Status.valueOf(rs.getString("status")), rs.getString("stage"),
                rs.getString("outcome_reason"), rs.getString("outcome_stage"), rs.getLong("created_by"),
                rs.getTimestamp("created_at").toInstant(), ended == null ? null : ended.toInstant(),
                rs.getString("process_instance_id"));
    }

    /** An application to be created (always ACTIVE, no process yet). */
    public record NewApplication(long requisitionId, String candidateName, String candidateEmail, String candidateZone,
                                 String candidateCountry, String resumeUrl, Application.Source source, long createdBy,
                                 Instant createdAt) {
    }
}
