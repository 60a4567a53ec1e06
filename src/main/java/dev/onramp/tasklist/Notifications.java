package dev.onramp.tasklist;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's in-app notifications. A notification is a message key with arguments and a link,
 * rendered in the reader's language; processes send them from reminder and escalation timers, and when a task
 * arrives ({@link TaskArrivals}). {@link #notifyAndMail} also e-mails each one ({@link NotificationMail}): the rule
 * is that what asks one named person to act (their own task, an escalation addressed to them) is mailed, what is
 * told to a whole role (every recruiter, every coordinator) stays in the app.
 */
@Service
public class Notifications {

    private static final String SEPARATOR = "\u001F";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NotificationMail mail;

    Notifications(JdbcClient jdbc, Clock clock, NotificationMail mail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mail = mail;
    }

    /** In-app only. */
    @Transactional
    public void notify(Collection<Long> personIds, String messageKey, String link, Object... args) {
        insert(personIds, messageKey, link, args);
    }

    /**
     * In-app and by e-mail to each person's address from the people table, in the caller's transaction (a change that
     * rolls back mails nothing); the mail's idempotency key is the notification's id.
     */
    @Transactional
    public void notifyAndMail(Collection<Long> personIds, String messageKey, String link, Object... args) {
        String[] texts = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        insert(personIds, messageKey, link, args).forEach((personId, notificationId) ->
                mail.send(notificationId, personId, messageKey, texts, link));
    }

    /** The new notifications' ids by person. */
    private Map<Long, Long> insert(Collection<Long> personIds, String messageKey, String link, Object... args) {
        String joined = String.join(SEPARATOR, Arrays.stream(args).map(String::valueOf).toList());
        Timestamp now = Timestamp.from(clock.instant());
        Map<Long, Long> ids = new LinkedHashMap<>();
        for (long personId : personIds) {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO notification (person_id, message_key, args, link, created_at) VALUES (?, ?, ?, ?, ?)")
                    .param(personId).param(messageKey).param(joined).param(link).param(now).update(keys, "id");
            ids.put(personId, keys.getKeyAs(Number.class).longValue());
        }
        return ids;
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
