package dev.onramp.audit;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(long id, Instant occurredAt, String action, String actor, String subjectType,
                         String subjectId, String detail) {
}
