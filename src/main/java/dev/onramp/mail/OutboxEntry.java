package dev.onramp.mail;

import java.time.Instant;
import java.util.List;

/** A queued message as the outbox keeps it, for the admin page and the worker. */
public record OutboxEntry(long id, String idempotencyKey, List<String> recipients, String subject, String text,
                          String html, Status status, int attempts, Instant nextAttemptAt, String lastError,
                          Instant createdAt, Instant sentAt) {

    public enum Status {
        /** waiting to be sent (again, after a failure, at {@code nextAttemptAt}) */
        PENDING,
        /** handed to the mail server */
        SENT,
        /** given up after the last retry; an admin can send it again */
        FAILED;

        public String messageKey() {
            return "mail.status." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A stored attachment. */
    public record StoredAttachment(long id, long messageId, String fileName, String contentType, String content) {
    }
}
