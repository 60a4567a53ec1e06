package dev.onramp.feedback;

import dev.onramp.system.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Feedback and its ratings, in our own tables ({@code feedback}, {@code feedback_rating}, V7). */
@Repository
class FeedbackRepository {

    private static final String SELECT = """
            SELECT f.id, f.interview_id, f.application_id, f.interviewer_id, f.status, f.vote, f.vote_reason,
                   f.note_for_next, f.created_at, f.updated_at, f.submitted_at
              FROM feedback f
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    FeedbackRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Feedback get(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("feedback", id));
    }

    Optional<Feedback> findById(long id) {
        return withScores(jdbc.sql(SELECT + " WHERE f.id = ?").param(id).query(FeedbackRepository::row).list())
                .stream().findFirst();
    }

    Optional<Feedback> findByInterviewAndInterviewer(long interviewId, long interviewerId) {
        return withScores(jdbc.sql(SELECT + " WHERE f.interview_id = ? AND f.interviewer_id = ?")
                .params(interviewId, interviewerId).query(FeedbackRepository::row).list()).stream().findFirst();
    }

    /** Every feedback on an application's interviews (drafts too), by interview, then as submitted. */
    List<Feedback> findByApplication(long applicationId) {
        return withScores(jdbc.sql(SELECT + """
                  JOIN interview i ON i.id = f.interview_id
                 WHERE f.application_id = ?
                 ORDER BY i.starts_at, i.id, f.submitted_at, f.id
                """).param(applicationId).query(FeedbackRepository::row).list());
    }

    boolean hasSubmitted(long applicationId, long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM feedback WHERE application_id = ? AND interviewer_id = ? AND status = 'SUBMITTED'")
                .params(applicationId, personId).query(Long.class).single() > 0;
    }

    /** Whether the person sits (or sat) on a panel of any of the application's interviews. */
    boolean isOnPanel(long applicationId, long personId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM interview_panel p JOIN interview i ON i.id = p.interview_id
                 WHERE i.application_id = ? AND p.person_id = ?
                """).params(applicationId, personId).query(Long.class).single() > 0;
    }

    /** The submitted votes of an application, in the order they were cast. */
    List<CastVote> submittedVotes(long applicationId) {
        return jdbc.sql("""
                SELECT vote, vote_reason FROM feedback
                 WHERE application_id = ? AND status = 'SUBMITTED'
                 ORDER BY submitted_at, id
                """).param(applicationId)
                .query((rs, n) -> new CastVote(Vote.of(rs.getInt(1)), rs.getString(2))).list();
    }

    /** Notes for the next interviewers in submitted feedback on the application's other interviews. */
    List<NoteForNext> notesForNext(long applicationId, long exceptInterviewId) {
        return jdbc.sql("""
                SELECT x.display_name, i.stage_name, f.note_for_next
                  FROM feedback f JOIN interview i ON i.id = f.interview_id JOIN person x ON x.id = f.interviewer_id
                 WHERE f.application_id = ? AND f.interview_id <> ? AND f.status = 'SUBMITTED'
                   AND f.note_for_next IS NOT NULL AND f.note_for_next <> ''
                 ORDER BY f.submitted_at, f.id
                """).params(applicationId, exceptInterviewId)
                .query((rs, n) -> new NoteForNext(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Takes the interview's row lock: submissions on one interview go one at a time. */
    void lockInterview(long interviewId) {
        jdbc.sql("SELECT id FROM interview WHERE id = ? FOR UPDATE").param(interviewId).query(Long.class).list();
    }

    long countSubmitted(long interviewId) {
        return jdbc.sql("SELECT COUNT(*) FROM feedback WHERE interview_id = ? AND status = 'SUBMITTED'")
                .param(interviewId).query(Long.class).single();
    }

    long countPanel(long interviewId) {
        return jdbc.sql("SELECT COUNT(*) FROM interview_panel WHERE interview_id = ?")
                .param(interviewId).query(Long.class).single();
    }

    /** A new draft; answers its id. */
    long insertDraft(long interviewId, long applicationId, long interviewerId, Content content, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO feedback (interview_id, application_id, interviewer_id, status, vote, vote_reason,
                                      note_for_next, created_at, updated_at)
                VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?)
                """)
                .params(interviewId, applicationId, interviewerId, voteValue(content.vote()), content.voteReason(),
                        content.noteForNext(), utc(at), utc(at))
                .update(key, "id");
        long id = key.getKey().longValue();
        insertScores(id, content.scores());
        return id;
    }

    /** Rewrites a draft; false when it is no longer a draft (then nothing changed). */
    boolean updateDraft(long id, Content content, Instant at) {
        int updated = jdbc.sql("""
                UPDATE feedback SET vote = ?, vote_reason = ?, note_for_next = ?, updated_at = ?
                 WHERE id = ? AND status = 'DRAFT'
                """).params(voteValue(content.vote()), content.voteReason(), content.noteForNext(), utc(at), id)
                .update();
        if (updated != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM feedback_rating WHERE feedback_id = ?").param(id).update();
        insertScores(id, content.scores());
        return true;
    }

    /** DRAFT → SUBMITTED; false when it was not a draft (a second submit). */
    boolean submit(long id, Instant at) {
        boolean submitted = jdbc.sql("""
                UPDATE feedback SET status = 'SUBMITTED', submitted_at = ?, updated_at = ?
                 WHERE id = ? AND status = 'DRAFT'
                """).params(utc(at), utc(at), id).update() == 1;
        if (submitted) {
            long interviewId = jdbc.sql("SELECT interview_id FROM feedback WHERE id = ?").param(id).query(Long.class)
                    .single();
            events.publishEvent(new FeedbackSubmitted(id, interviewId));
        }
        return submitted;
    }

    private void insertScores(long feedbackId, Map<String, Feedback.Score> scores) {
        scores.forEach((attribute, score) -> jdbc.sql("""
                INSERT INTO feedback_rating (feedback_id, attribute, rating, evidence) VALUES (?, ?, ?, ?)
                """).params(feedbackId, attribute, score.rating() == null ? null : score.rating().name(),
                score.evidence()).update());
    }

    private List<Feedback> withScores(List<Feedback> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Map<String, Feedback.Score>> scores = new HashMap<>();
        jdbc.sql("""
                SELECT feedback_id, attribute, rating, evidence FROM feedback_rating
                 WHERE feedback_id IN (:ids) ORDER BY feedback_id, attribute
                """).param("ids", rows.stream().map(Feedback::id).toList())
                .query(rs -> {
                    String rating = rs.getString(3);
                    scores.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>()).put(rs.getString(2),
                            new Feedback.Score(rating == null ? null : Rating.valueOf(rating), rs.getString(4)));
                });
        List<Feedback> result = new ArrayList<>();
        for (Feedback f : rows) {
            result.add(new Feedback(f.id(), f.interviewId(), f.applicationId(), f.interviewerId(), f.status(),
                    f.vote(), f.voteReason(), f.noteForNext(), f.createdAt(), f.updatedAt(), f.submittedAt(),
                    scores.getOrDefault(f.id(), Map.of())));
        }
        return result;
    }

    private static Integer voteValue(Vote vote) {
        return vote == null ? null : vote.value();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Feedback row(ResultSet rs, int n) throws SQLException {
        int value = rs.getInt("vote");
        Vote vote = rs.wasNull() ? null : Vote.of(value);
        return new Feedback(rs.getLong("id"), rs.getLong("interview_id"), rs.getLong("application_id"),
                rs.getLong("interviewer_id"), Feedback.Status.valueOf(rs.getString("status")),
                vote, rs.getString("vote_reason"), rs.getString("note_for_next"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "submitted_at"), Map.of());
    }

    /** What an interviewer writes, as stored: blank text is null. */
    record Content(Map<String, Feedback.Score> scores, Vote vote, String voteReason, String noteForNext) {
    }

    /** One submitted vote and, for a -1, its reason. */
    record CastVote(Vote vote, String reason) {
    }

    /** A note an earlier interviewer left for the next ones. */
    record NoteForNext(String interviewerName, String stageName, String note) {
    }
}
