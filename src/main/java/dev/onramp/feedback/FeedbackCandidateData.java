package dev.onramp.feedback;

import dev.onramp.hiring.CandidateData;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The feedback feature's part of a candidate's data: every scorecard about them (drafts too), with its vote, the
 * vote's reason, the note for the next interviewer and each rating with its evidence. Anonymising clears the free
 * texts (reason, note, evidence) and keeps votes and ratings, so tallies and reports still count them.
 */
@Component
@Order(20)
class FeedbackCandidateData implements CandidateData {

    private final JdbcClient jdbc;

    FeedbackCandidateData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "feedback";
    }

    @Override
    public Object export(long applicationId) {
        return jdbc.sql("""
                SELECT f.id, f.interview_id, p.username, f.status, f.vote, f.vote_reason, f.note_for_next,
                       f.submitted_at
                  FROM feedback f JOIN person p ON p.id = f.interviewer_id
                 WHERE f.application_id = ? ORDER BY f.id
                """).param(applicationId)
                .query((rs, n) -> {
                    Timestamp submitted = rs.getTimestamp("submitted_at");
                    Object vote = rs.getObject("vote");
                    return new ExportedFeedback(rs.getLong("id"), rs.getLong("interview_id"), rs.getString("username"),
                            rs.getString("status"), vote == null ? null : ((Number) vote).intValue(),
                            rs.getString("vote_reason"), rs.getString("note_for_next"),
                            submitted == null ? null : submitted.toInstant(), List.of());
                }).list().stream()
                .map(f -> f.withRatings(jdbc.sql("""
                        SELECT attribute, rating, evidence FROM feedback_rating WHERE feedback_id = ? ORDER BY attribute
                        """).param(f.id()).query((rs, n) -> new ExportedRating(rs.getString("attribute"),
                        rs.getString("rating"), rs.getString("evidence"))).list()))
                .toList();
    }

    @Override
    public void anonymise(long applicationId) {
        jdbc.sql("UPDATE feedback SET vote_reason = NULL, note_for_next = NULL WHERE application_id = ?")
                .param(applicationId).update();
        jdbc.sql("""
                UPDATE feedback_rating SET evidence = NULL
                 WHERE feedback_id IN (SELECT id FROM feedback WHERE application_id = ?)
                """).param(applicationId).update();
    }

    /** One scorecard as exported; the interviewer by username. */
    record ExportedFeedback(long id, long interviewId, String interviewer, String status, Integer vote,
                            String voteReason, String noteForNext, Instant submittedAt, List<ExportedRating> ratings) {

        ExportedFeedback withRatings(List<ExportedRating> list) {
            return new ExportedFeedback(id, interviewId, interviewer, status, vote, voteReason, noteForNext,
                    submittedAt, list);
        }
    }

    record ExportedRating(String attribute, String rating, String evidence) {
    }
}
