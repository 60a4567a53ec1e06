package dev.onramp.hiring;

import java.time.Instant;
import java.util.Locale;

/**
 * A candidate for a requisition; {@code stage} is the key of the loop stage it is in, or was in last (null before its
 * loop), kept with its board lane by {@link ApplicationLanes}.
 */
public record Application(long id, long requisitionId, String candidateName, String candidateEmail,
                          String candidateZone, String candidateCountry, String resumeUrl, Source source,
                          Status status, String stage, String outcomeReason, String outcomeStage, long createdBy,
                          Instant createdAt, Instant endedAt, String processInstanceId) {

    /** Where the candidate came from. */
    public enum Source {
        REFERRAL, INBOUND, SOURCED, AGENCY, OTHER;

        public String messageKey() {
            return "application.source." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Active while the process runs; every other status is an outcome. */
    public enum Status {
        ACTIVE, REJECTED, WITHDRAWN, HIRED, NOT_HIRED, REQUISITION_CLOSED;

        public String messageKey() {
            return "application.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}
