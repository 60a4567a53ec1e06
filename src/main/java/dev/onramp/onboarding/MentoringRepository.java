package dev.onramp.onboarding;

import dev.onramp.mentor.Suggestion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A new hire's onboarding record and hiring panel, mentor suggestions, declines, mentorships and task notes. */
@Repository
class MentoringRepository {

    private final JdbcClient jdbc;

    MentoringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertOnboarding(long newHireId, long applicationId, Instant at, Set<Long> hiringPanel) {
        jdbc.sql("INSERT INTO onboarding (new_hire_id, application_id, started_at) VALUES (?, ?, ?)")
                .params(newHireId, applicationId, Timestamp.from(at)).update();
        for (long member : hiringPanel) {
            jdbc.sql("INSERT INTO onboarding_panel_member (new_hire_id, person_id) VALUES (?, ?)")
                    .params(newHireId, member).update();
        }
    }

    /** Whether a person already has this e-mail address (compared case-insensitively). */
    boolean emailInUse(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE LOWER(email) = LOWER(?)").param(email)
                .query(Long.class).single() > 0;
    }

    void setProcessInstanceId(long newHireId, String processInstanceId) {
        jdbc.sql("UPDATE onboarding SET process_instance_id = ? WHERE new_hire_id = ?")
                .params(processInstanceId, newHireId).update();
    }

    Set<Long> hiringPanel(long newHireId) {
        return new HashSet<>(jdbc.sql("SELECT person_id FROM onboarding_panel_member WHERE new_hire_id = ?")
                .param(newHireId).query(Long.class).list());
    }

    /** Mentors who declined this new hire: excluded from their suggestions. */
    Set<Long> decliners(long newHireId) {
        return new HashSet<>(jdbc.sql("SELECT mentor_id FROM mentor_decline WHERE new_hire_id = ?")
                .param(newHireId).query(Long.class).list());
    }

    /** Who declined this new hire and why, oldest first. */
    List<Decline> declines(long newHireId) {
        return jdbc.sql("SELECT mentor_id, reason, declined_at FROM mentor_decline WHERE new_hire_id = ? ORDER BY declined_at")
                .param(newHireId)
                .query((rs, n) -> new Decline(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
    }

    record Decline(long mentorId, String reason, Instant declinedAt) {
    }

    void insertDecline(long newHireId, long mentorId, String reason, Instant at) {
        jdbc.sql("INSERT INTO mentor_decline (new_hire_id, mentor_id, reason, declined_at) VALUES (?, ?, ?, ?)")
                .params(newHireId, mentorId, reason, Timestamp.from(at)).update();
    }

    /** Active mentees per mentor; mentors without any are absent. */
    Map<Long, Integer> activeMenteeCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT mentor_id, COUNT(*) FROM mentorship WHERE status = 'ACTIVE' GROUP BY mentor_id")
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    /** Stores one round of suggestions, best first; returns the round's number. */
    int insertSuggestions(long newHireId, List<Suggestion> suggestions, Instant at) {
        int round = jdbc.sql("SELECT COALESCE(MAX(round_no), 0) + 1 FROM mentor_suggestion WHERE new_hire_id = ?")
                .param(newHireId).query(Integer.class).single();
        int rank = 1;
        for (Suggestion s : suggestions) {
            jdbc.sql("""
                    INSERT INTO mentor_suggestion (new_hire_id, round_no, rank_no, mentor_id, overlap_hours,
                                                   current_mentees, same_team, on_hiring_panel, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(newHireId, round, rank++, s.mentor().id(),
                            BigDecimal.valueOf(s.overlapHours()).setScale(2, RoundingMode.HALF_UP),
                            s.currentMentees(), s.sameTeam(), s.onHiringPanel(), Timestamp.from(at))
                    .update();
        }
        return round;
    }

    /** The suggestions of the latest round, best first. */
    List<SuggestionRow> latestSuggestions(long newHireId) {
        return jdbc.sql("""
                SELECT mentor_id, overlap_hours, current_mentees, same_team, on_hiring_panel FROM mentor_suggestion
                 WHERE new_hire_id = :id
                   AND round_no = (SELECT MAX(round_no) FROM mentor_suggestion WHERE new_hire_id = :id)
                 ORDER BY rank_no
                """)
                .param("id", newHireId)
                .query((rs, n) -> new SuggestionRow(rs.getLong(1), rs.getBigDecimal(2).doubleValue(), rs.getInt(3),
                        rs.getBoolean(4), rs.getBoolean(5)))
                .list();
    }

    /** Starts the mentorship; a second call for the same pair (a retried job) changes nothing. */
    void startMentorship(long menteeId, long mentorId, Instant at) {
        long existing = jdbc.sql("SELECT COUNT(*) FROM mentorship WHERE mentee_id = ? AND mentor_id = ? AND status = 'ACTIVE'")
                .params(menteeId, mentorId).query(Long.class).single();
        if (existing == 0) {
            jdbc.sql("INSERT INTO mentorship (mentee_id, mentor_id, started_at, status) VALUES (?, ?, ?, 'ACTIVE')")
                    .params(menteeId, mentorId, Timestamp.from(at)).update();
        }
    }

    /**
     * The mentor's accept: starts the mentorship only while the mentor has fewer than {@code limit} other active
     * mentees, and says whether it did. Race-safe, not read-then-write: the mentor's person row is locked first
     * ({@code FOR UPDATE}, as long as the caller's transaction), so two accepts of one mentor at once (two nodes,
     * two tabs) count one after the other, and the second count (a new statement under READ COMMITTED) sees the
     * first's mentorship. At the limit nothing is written. Accepting the same mentee again changes nothing and is true.
     */
    boolean startMentorshipWithin(long menteeId, long mentorId, int limit, Instant at) {
        jdbc.sql("SELECT id FROM person WHERE id = ? FOR UPDATE").param(mentorId).query(Long.class).list();
        long others = jdbc.sql("SELECT COUNT(*) FROM mentorship WHERE mentor_id = ? AND mentee_id <> ? AND status = 'ACTIVE'")
                .params(mentorId, menteeId).query(Long.class).single();
        if (others >= limit) {
            return false;
        }
        startMentorship(menteeId, mentorId, at);
        return true;
    }

    /** Ends the mentee's active mentorship; one that has ended already (a retried job) stays as it was. */
    void endMentorship(long menteeId, Instant at) {
        jdbc.sql("UPDATE mentorship SET status = 'ENDED', ended_at = ? WHERE mentee_id = ? AND status = 'ACTIVE'")
                .params(Timestamp.from(at), menteeId).update();
    }

    Optional<Mentorship> activeMentorshipOf(long menteeId) {
        return jdbc.sql(MENTORSHIP + " WHERE mentee_id = ? AND status = 'ACTIVE' ORDER BY started_at DESC")
                .param(menteeId).query(MentoringRepository::mentorship).list().stream().findFirst();
    }

    List<Mentorship> activeMenteesOf(long mentorId) {
        return jdbc.sql(MENTORSHIP + " WHERE mentor_id = ? AND status = 'ACTIVE' ORDER BY started_at")
                .param(mentorId).query(MentoringRepository::mentorship).list();
    }

    void insertMentorTaskRecord(String taskId, long newHireId, long mentorId, MentorTask kind, List<String> checked,
                                String notes, Instant at) {
        jdbc.sql("""
                INSERT INTO mentor_task_record (task_id, new_hire_id, mentor_id, kind, checked, notes, completed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(taskId, newHireId, mentorId, kind.name(), String.join(",", checked), notes == null ? "" : notes,
                        Timestamp.from(at))
                .update();
    }

    void insertCoordinatorTaskRecord(String taskId, long newHireId, String kind, long doneBy, String note, Instant at) {
        jdbc.sql("""
                INSERT INTO coordinator_task_record (task_id, new_hire_id, kind, done_by, note, done_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
                .params(taskId, newHireId, kind, doneBy, note == null ? "" : note, Timestamp.from(at))
                .update();
    }

    private static final String MENTORSHIP = "SELECT id, mentee_id, mentor_id, started_at FROM mentorship";

    private static Mentorship mentorship(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Mentorship(rs.getLong("id"), rs.getLong("mentee_id"), rs.getLong("mentor_id"),
                rs.getTimestamp("started_at").toInstant());
    }

    /** One stored suggestion with the facts shown to the manager. */
    record SuggestionRow(long mentorId, double overlapHours, int currentMentees, boolean sameTeam,
                         boolean onHiringPanel) {
    }

    record Mentorship(long id, long menteeId, long mentorId, Instant startedAt) {
    }
}
