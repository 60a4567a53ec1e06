package dev.onramp.onboarding;

import dev.onramp.people.WorkingHours;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The day-1 checklist: the template (the default, team_id NULL, plus a team's own items; a team item with the
 * same title key replaces the default one) and each new hire's copy with due dates in their zone.
 */
@Repository
class ChecklistRepository {

    private static final String ITEM = """
            SELECT id, new_hire_id, title_key, title, owner, due_at, done_at, done_by FROM onboarding_item
            """;

    private final JdbcClient jdbc;

    ChecklistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The template for a team: its own items and the defaults it does not replace, in order. */
    List<TemplateItem> template(Long teamId) {
        List<TemplateItem> all = jdbc.sql("""
                SELECT team_id, title_key, title, owner, offset_working_days, position FROM onboarding_template_item
                 WHERE team_id IS NULL OR team_id = ?
                """)
                .param(teamId == null ? -1L : teamId)
                .query((rs, n) -> new TemplateItem(rs.getObject("team_id", Long.class), rs.getString("title_key"),
                        rs.getString("title"), ItemOwner.valueOf(rs.getString("owner")),
                        rs.getInt("offset_working_days"), rs.getInt("position")))
                .list();
        Set<String> replaced = all.stream().filter(i -> i.teamId() != null).map(TemplateItem::titleKey)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        List<TemplateItem> chosen = new ArrayList<>();
        for (TemplateItem item : all) {
            if (item.teamId() != null || item.titleKey() == null || !replaced.contains(item.titleKey())) {
                chosen.add(item);
            }
        }
        chosen.sort(Comparator.comparingInt(TemplateItem::position).thenComparingInt(TemplateItem::offsetWorkingDays));
        return chosen;
    }

    /** Copies the team's template to the new hire, due at the start of their working day. */
    void copyTemplate(long newHireId, Long teamId, WorkingHours hours, LocalDate startDate) {
        for (TemplateItem item : template(teamId)) {
            Instant due = OnboardingDates.itemDue(hours, startDate, item.offsetWorkingDays());
            jdbc.sql("""
                    INSERT INTO onboarding_item (new_hire_id, title_key, title, owner, due_at, position)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
                    .params(newHireId, item.titleKey(), item.title(), item.owner().name(), Timestamp.from(due),
                            item.position())
                    .update();
        }
    }

    /** Moves an open item to a new due time; a done item keeps the time it had. */
    void moveDue(long itemId, Instant dueAt) {
        jdbc.sql("UPDATE onboarding_item SET due_at = ? WHERE id = ? AND done_at IS NULL")
                .params(Timestamp.from(dueAt), itemId).update();
    }

    List<ChecklistItem> items(long newHireId) {
        return jdbc.sql(ITEM + " WHERE new_hire_id = ? ORDER BY due_at, position, id").param(newHireId)
                .query(ChecklistRepository::item).list();
    }

    Optional<ChecklistItem> item(long newHireId, long itemId) {
        return jdbc.sql(ITEM + " WHERE new_hire_id = ? AND id = ?").params(newHireId, itemId)
                .query(ChecklistRepository::item).optional();
    }

    /** Ticks the item; false when it was already done. */
    boolean markDone(long itemId, long byPersonId, Instant at) {
        return jdbc.sql("UPDATE onboarding_item SET done_at = ?, done_by = ? WHERE id = ? AND done_at IS NULL")
                .params(Timestamp.from(at), byPersonId, itemId).update() == 1;
    }

    private static ChecklistItem item(ResultSet rs, int n) throws SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        return new ChecklistItem(rs.getLong("id"), rs.getLong("new_hire_id"), rs.getString("title_key"),
                rs.getString("title"), ItemOwner.valueOf(rs.getString("owner")), rs.getTimestamp("due_at").toInstant(),
                done == null ? null : done.toInstant(), rs.getObject("done_by", Long.class));
    }

    record TemplateItem(Long teamId, String titleKey, String title, ItemOwner owner, int offsetWorkingDays,
                        int position) {
    }
}
