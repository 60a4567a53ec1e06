package dev.onramp.onboarding;

import dev.onramp.hiring.CandidateData;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The onboarding feature's part of a hired candidate's data: their onboarding (the new hire's account, start date,
 * mentor) and day-1 checklist. A hired candidate is an employee: their person record is employment data, not
 * candidate data, and stays; anonymising the application changes nothing here.
 */
@Component
@Order(50)
class OnboardingCandidateData implements CandidateData {

    private final JdbcClient jdbc;

    OnboardingCandidateData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "onboarding";
    }

    @Override
    public Object export(long applicationId) {
        return jdbc.sql("""
                SELECT o.new_hire_id, p.username, p.started_on, p.time_zone, o.started_at,
                       (SELECT MAX(m.username) FROM mentorship ms JOIN person m ON m.id = ms.mentor_id
                         WHERE ms.mentee_id = o.new_hire_id) AS mentor
                  FROM onboarding o JOIN person p ON p.id = o.new_hire_id
                 WHERE o.application_id = ?
                """).param(applicationId)
                .query((rs, n) -> new ExportedOnboarding(rs.getLong("new_hire_id"), rs.getString("username"),
                        rs.getObject("started_on", LocalDate.class), rs.getString("time_zone"),
                        instant(rs.getTimestamp("started_at")), rs.getString("mentor"), List.of()))
                .list().stream()
                .map(o -> o.withChecklist(jdbc.sql("""
                        SELECT title_key, title, owner, due_at, done_at FROM onboarding_item
                         WHERE new_hire_id = ? ORDER BY position, id
                        """).param(o.newHireId()).query((rs, n) -> new ExportedItem(rs.getString("title_key"),
                        rs.getString("title"), rs.getString("owner"), instant(rs.getTimestamp("due_at")),
                        instant(rs.getTimestamp("done_at")))).list()))
                .toList();
    }

    @Override
    public void anonymise(long applicationId) {
        // the new hire is an employee now: their account and onboarding are employment data, not candidate data
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    record ExportedOnboarding(long newHireId, String username, LocalDate startDate, String timeZone,
                              Instant onboardingStartedAt, String mentor, List<ExportedItem> checklist) {

        ExportedOnboarding withChecklist(List<ExportedItem> items) {
            return new ExportedOnboarding(newHireId, username, startDate, timeZone, onboardingStartedAt, mentor, items);
        }
    }

    record ExportedItem(String titleKey, String title, String owner, Instant dueAt, Instant doneAt) {
    }
}
