package dev.onramp.mail;

import dev.onramp.mail.OutboxEntry.Status;
import dev.onramp.mail.OutboxEntry.StoredAttachment;
import dev.onramp.system.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outgoing mail, written in the transaction of the change that causes it: a change that rolls back sends nothing, a
 * change that commits is sent by {@link OutboxWorker} afterwards, however often the mail server is down meanwhile.
 * Each idempotency key is queued once.
 */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    public Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues {@code message} in the caller's transaction; false (and nothing queued) when its key was queued before. */
    @Transactional
    public boolean enqueue(MailMessage message) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE idempotency_key = ?")
                .param(message.idempotencyKey()).query(Long.class).single() > 0;
        if (known) {
            return false;
        }
        Timestamp now = Timestamp.from(clock.instant());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mail_outbox (idempotency_key, recipients, subject, text_body, html_body, status, attempts,
                                         next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
                """)
                .params(message.idempotencyKey(), String.join(",", message.to()), message.subject(), message.text(),
                        message.html(), now, now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (MailMessage.Attachment a : message.attachments()) {
            jdbc.sql("INSERT INTO mail_attachment (message_id, file_name, content_type, content) VALUES (?, ?, ?, ?)")
                    .params(id, a.fileName(), a.contentType(), a.content()).update();
        }
        return true;
    }

    public OutboxEntry get(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Outbox::row).optional()
                .orElseThrow(() -> new NotFoundException("mail", id));
    }

    public Optional<OutboxEntry> findByKey(String idempotencyKey) {
        return jdbc.sql(SELECT + " WHERE idempotency_key = ?").param(idempotencyKey).query(Outbox::row).optional();
    }

    /** The latest messages, newest first; {@code status} null for all. */
    public List<OutboxEntry> recent(Status status, int limit) {
        return status == null
                ? jdbc.sql(SELECT + " ORDER BY created_at DESC, id DESC LIMIT ?").param(limit).query(Outbox::row).list()
                : jdbc.sql(SELECT + " WHERE status = ? ORDER BY created_at DESC, id DESC LIMIT ?")
                        .params(status.name(), limit).query(Outbox::row).list();
    }

    public List<StoredAttachment> attachments(long messageId) {
        return jdbc.sql("SELECT id, message_id, file_name, content_type, content FROM mail_attachment WHERE message_id = ? ORDER BY id")
                .param(messageId)
                .query((rs, n) -> new StoredAttachment(rs.getLong("id"), rs.getLong("message_id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getString("content")))
                .list();
    }

    /** How many wait to be sent, and how many were given up. */
    public Backlog backlog() {
        return jdbc.sql("""
                SELECT SUM(CASE WHEN status = 'PENDING' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END)
                  FROM mail_outbox
                """).query((rs, n) -> new Backlog(rs.getLong(1), rs.getLong(2))).single();
    }

    /** An admin sends a message again: a failed one is queued anew, now, with its retries counted from zero. */
    @Transactional
    public boolean retry(long id) {
        get(id);
        return jdbc.sql("""
                UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, claimed_until = NULL
                 WHERE id = ? AND status = 'FAILED'
                """).params(Timestamp.from(clock.instant()), id).update() == 1;
    }

    /** Pending messages and failures given up on. */
    public record Backlog(long pending, long failed) {
    }

    static final String SELECT = """
            SELECT id, idempotency_key, recipients, subject, text_body, html_body, status, attempts, next_attempt_at,
                   last_error, created_at, sent_at
              FROM mail_outbox""";

    static OutboxEntry row(ResultSet rs, int n) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getString("idempotency_key"),
                Arrays.asList(rs.getString("recipients").split(",")), rs.getString("subject"),
                rs.getString("text_body"), rs.getString("html_body"), Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
