package dev.onramp.audit;

/** What the audit log records, as the {@code action} of an entry. */
public final class AuditActions {

    private AuditActions() {
    }

    public static final String SIGN_IN = "sign-in";
    public static final String SIGN_IN_FAILED = "sign-in.failed";
    public static final String TASK_COMPLETED = "task.completed";
    public static final String TASK_REASSIGNED = "task.reassigned";
    public static final String DECISION_RECORDED = "decision.recorded";
    public static final String OFFER_PREPARED = "offer.prepared";
    public static final String OFFER_APPROVED = "offer.approved";
    public static final String OFFER_SENT_BACK = "offer.sent-back";
    public static final String OFFER_ANSWERED = "offer.answered";
    public static final String OFFER_EXPIRED = "offer.expired";
    public static final String CANDIDATE_EXPORTED = "candidate.exported";
    public static final String CANDIDATE_ERASED = "candidate.erased";
    public static final String CANDIDATE_ANONYMISED = "candidate.anonymised";
    public static final String CANDIDATES_EXPORTED = "candidates.exported";

    /** Subject types. */
    public static final String APPLICATION = "application";
    public static final String TASK = "task";
    public static final String OFFER = "offer";
}
