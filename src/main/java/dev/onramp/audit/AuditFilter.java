package dev.onramp.audit;

import java.time.Instant;

/** What the admin looks for in the audit log; a null field does not filter. {@code until} is exclusive. */
public record AuditFilter(String action, String actor, String subjectType, String subjectId, Instant from,
                          Instant until) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
