package dev.onramp.tasklist;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's in-app notifications. A notification is a message key with arguments and a link,
 * rendered in the reader's language; processes send them from reminder and escalation timers.
 */
@Service
public class Notifications {

    private static final String SEPARATOR = "\u001F";

    private final JdbcClient jdbc;
    private final Clock clock;

    public Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void notify(Collection<Long> personIds, String messageKey, String link, Object... args) {
        String joined = String.join(SEPARATOR, Arrays.stream(args).map(String::valueOf).toList());
        Timestamp now = Timestamp.from(clock.instant());
        for (long personId : personIds) {
            jdbc.sql("INSERT INTO notification (person_id, message_key, args, link, created_at) VALUES (?, ?, ?, ?, ?)")
                    .param(personId).param(messageKey).param(joined).param(link).param(now).update();
        }
    }

    public List<Notification> recent(long personId, int limit) {
        return jdbc.sql("""
                SELECT id, message_key, args, link, created_at, read_at FROM notification
                 WHERE person_id = ? ORDER BY created_at DESC, id DESC LIMIT ?
                """)
                .param(personId).param(limit)
                .query((rs, n) -> new Notification(rs.getLong("id"), rs.getString("message_key"),
                        rs.getString("args").isEmpty() ? new String[0] : rs.getString("args").split(SEPARATOR, -1),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null))
                .list();
    }

    /** The person's unread notifications, counted up to 1,000 (the home page's badge; one query that stops there). */
    public CappedCount countUnread(long personId) {
        long counted = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 AS one FROM notification WHERE person_id = ?"
                        + " AND read_at IS NULL LIMIT " + (TaskSearch.COUNT_CAP + 1) + ") n")
                .param(personId).query(Long.class).single();
        return CappedCount.of(counted, TaskSearch.COUNT_CAP);
    }

    public void markAllRead(long personId) {
        jdbc.sql("UPDATE notification SET read_at = ? WHERE person_id = ? AND read_at IS NULL")
                .param(Timestamp.from(clock.instant())).param(personId).update();
    }

    /**
     * Replaces {@code text} by {@code replacement} in every notification's arguments (an erased candidate's name);
     * returns how many notifications changed.
     */
    @Transactional
    public int redact(String text, String replacement) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("UPDATE notification SET args = REPLACE(args, ?, ?) WHERE args LIKE ? ESCAPE '\\'")
                .params(text, replacement, pattern).update();
    }

    public record Notification(long id, String messageKey, String[] args, String link, Instant createdAt, boolean read) {
    }
}
