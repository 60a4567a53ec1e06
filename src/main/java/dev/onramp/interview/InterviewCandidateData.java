package dev.onramp.interview;

import dev.onramp.hiring.CandidateData;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The interview feature's part of a candidate's data: each interview (stage, kind, times, status) and who sat on
 * its panel. The only free text is the reasons typed when an interview was rescheduled, cancelled or missed, and the
 * note a candidate may leave on a self-scheduling link: anonymising blanks them.
 */
@Component
@Order(10)
class InterviewCandidateData implements CandidateData {

    private final JdbcClient jdbc;
    private final InterviewRepository interviews;

    private final SelfSchedulingLinks links;

    InterviewCandidateData(JdbcClient jdbc, InterviewRepository interviews, SelfSchedulingLinks links) {
        this.jdbc = jdbc;
        this.interviews = interviews;
        this.links = links;
    }

    @Override
    public String part() {
        return "interviews";
    }

    @Override
    public Object export(long applicationId) {
        List<InterviewEvent> events = interviews.eventsOfApplication(applicationId);
        return jdbc.sql("""
                SELECT i.id, i.stage_key, i.stage_name, i.kind, i.starts_at, i.ends_at, i.status
                  FROM interview i WHERE i.application_id = ? ORDER BY i.starts_at, i.id
                """).param(applicationId)
                .query((rs, n) -> new ExportedInterview(rs.getLong("id"), rs.getString("stage_key"),
                        rs.getString("stage_name"), rs.getString("kind"), instant(rs.getTimestamp("starts_at")),
                        instant(rs.getTimestamp("ends_at")), rs.getString("status"), List.of(), List.of()))
                .list().stream()
                .map(i -> i.withPanel(jdbc.sql("""
                        SELECT p.username FROM interview_panel ip JOIN person p ON p.id = ip.person_id
                         WHERE ip.interview_id = ? ORDER BY ip.seat
                        """).param(i.id()).query(String.class).list()))
                .map(i -> i.withEvents(events.stream().filter(e -> e.interviewId() == i.id())
                        .map(e -> new ExportedEvent(e.kind().name(), e.reason(),
                                e.noShowOf() == null ? null : e.noShowOf().name(), e.startsAt(), e.recordedAt()))
                        .toList()))
                .toList();
    }

    @Override
    public void anonymise(long applicationId) {
        // stages, times and panels stay for the reports; what people typed about the interviews goes, and so do the
        // candidate's own words
        interviews.forgetReasons(applicationId);
        links.clearNotes(applicationId);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** One interview as exported; the panel by username; what happened to it (held, moved, cancelled, no-show). */
    record ExportedInterview(long id, String stageKey, String stageName, String kind, Instant startsAt, Instant endsAt,
                             String status, List<String> panel, List<ExportedEvent> events) {

        ExportedInterview withPanel(List<String> usernames) {
            return new ExportedInterview(id, stageKey, stageName, kind, startsAt, endsAt, status, usernames, events);
        }

        ExportedInterview withEvents(List<ExportedEvent> happened) {
            return new ExportedInterview(id, stageKey, stageName, kind, startsAt, endsAt, status, panel, happened);
        }
    }

    /** An interview event as exported: its kind, the reason given, of whom a no-show was, the new start, when. */
    record ExportedEvent(String kind, String reason, String noShowOf, Instant newStartsAt, Instant recordedAt) {
    }
}
