package dev.onramp.decision;

import dev.onramp.hiring.HiringProcess;
import java.time.Duration;

/**
 * The vocabulary of {@code processes/decision/decide-and-offer.bpmn}, called by the hiring process once the
 * team's loop is done. The team's {@link VoteRule} turns the panel's votes into hire, no hire or a debrief run by
 * the hiring manager (hire, no hire or one more interview, after which the rule decides again); a hire gets an
 * offer, which the hiring manager approves only when it is outside the compensation band. The result goes back
 * to the hiring process in {@link #VAR_DECISION}; the end events set it.
 */
public final class DecideAndOffer {

    /** Called by the hiring process ({@link HiringProcess#CALL_ACTIVITY_DECIDE_AND_OFFER}). */
    public static final String KEY = HiringProcess.CALLED_DECIDE_AND_OFFER;
    public static final String RESOURCE = "processes/decision/decide-and-offer.bpmn";

    // --- elements, in the order of the diagram
    public static final String START_EVENT_DECISION_NEEDED = "StartEvent_DecisionNeeded";
    public static final String GATEWAY_VOTE_AGAIN = "Gateway_VoteAgain";
    /** Business rule task: evaluates {@link VoteRule#KEY} (latest version), linked to its decision instance. */
    public static final String TASK_APPLY_VOTING_RULE = "Task_ApplyVotingRule";
    public static final String GATEWAY_VOTE_OUTCOME = "Gateway_VoteOutcome";
    public static final String TASK_DEBRIEF = "Task_Debrief";
    public static final String TIMER_DEBRIEF_REMINDER = "Timer_DebriefReminder";
    public static final String TASK_REMIND_DEBRIEF = "Task_RemindDebrief";
    public static final String END_EVENT_DEBRIEF_REMINDED = "EndEvent_DebriefReminded";
    public static final String TIMER_DEBRIEF_ESCALATION = "Timer_DebriefEscalation";
    public static final String TASK_ESCALATE_DEBRIEF = "Task_EscalateDebrief";
    public static final String END_EVENT_DEBRIEF_ESCALATED = "EndEvent_DebriefEscalated";
    public static final String GATEWAY_DEBRIEF_OUTCOME = "Gateway_DebriefOutcome";
    public static final String CALL_ACTIVITY_EXTRA_INTERVIEW = "CallActivity_ExtraInterview";
    /** Joins the two ways to no hire (the rule's and the debrief's). */
    public static final String GATEWAY_NOT_HIRED = "Gateway_NotHired";
    public static final String END_EVENT_NOT_HIRED = "EndEvent_NotHired";
    public static final String GATEWAY_OFFER_NEEDED = "Gateway_OfferNeeded";
    public static final String TASK_PREPARE_OFFER = "Task_PrepareOffer";
    public static final String TIMER_PREPARE_OFFER_REMINDER = "Timer_PrepareOfferReminder";
    public static final String TASK_REMIND_PREPARE_OFFER = "Task_RemindPrepareOffer";
    public static final String END_EVENT_PREPARE_OFFER_REMINDED = "EndEvent_PrepareOfferReminded";
    public static final String TIMER_PREPARE_OFFER_ESCALATION = "Timer_PrepareOfferEscalation";
    public static final String TASK_ESCALATE_PREPARE_OFFER = "Task_EscalatePrepareOffer";
    public static final String END_EVENT_PREPARE_OFFER_ESCALATED = "EndEvent_PrepareOfferEscalated";
    /** Business rule task: evaluates {@code CompensationBand} (latest version), linked to its decision instance. */
    public static final String TASK_CHECK_BAND = "Task_CheckBand";
    public static final String GATEWAY_IN_BAND = "Gateway_InBand";
    public static final String TASK_APPROVE_OFFER = "Task_ApproveOffer";
    public static final String TIMER_APPROVE_OFFER_REMINDER = "Timer_ApproveOfferReminder";
    public static final String TASK_REMIND_APPROVE_OFFER = "Task_RemindApproveOffer";
    public static final String END_EVENT_APPROVE_OFFER_REMINDED = "EndEvent_ApproveOfferReminded";
    public static final String TIMER_APPROVE_OFFER_ESCALATION = "Timer_ApproveOfferEscalation";
    public static final String TASK_ESCALATE_APPROVE_OFFER = "Task_EscalateApproveOffer";
    public static final String END_EVENT_APPROVE_OFFER_ESCALATED = "EndEvent_ApproveOfferEscalated";
    public static final String GATEWAY_OFFER_APPROVED = "Gateway_OfferApproved";
    public static final String GATEWAY_OFFER_CLEARED = "Gateway_OfferCleared";
    public static final String TASK_RECORD_ANSWER = "Task_RecordAnswer";
    public static final String TIMER_OFFER_EXPIRED = "Timer_OfferExpired";
    public static final String TASK_EXPIRE_OFFER = "Task_ExpireOffer";
    public static final String END_EVENT_OFFER_EXPIRED = "EndEvent_OfferExpired";
    public static final String GATEWAY_OFFER_ANSWER = "Gateway_OfferAnswer";
    public static final String END_EVENT_OFFER_ACCEPTED = "EndEvent_OfferAccepted";
    public static final String END_EVENT_OFFER_DECLINED = "EndEvent_OfferDeclined";

    // --- forms (a task's URL follows its formKey: /tasks/{taskId}/{formKey})
    /** the hiring manager's debrief: hire, no hire or one more interview, with a rationale */
    public static final String FORM_DEBRIEF = "debrief";
    /** the recruiter writes (or rewrites, after a send-back) the offer */
    public static final String FORM_OFFER = "offer";
    /** the hiring manager approves an offer outside the band, or sends it back with a comment */
    public static final String FORM_OFFER_APPROVAL = "offer-approval";
    /** the recruiter records the candidate's answer */
    public static final String FORM_OFFER_ANSWER = "offer-answer";

    // --- variables in, passed by the hiring process's call activity (and on to the extra interview)
    /** Long */
    public static final String VAR_APPLICATION_ID = HiringProcess.VAR_APPLICATION_ID;
    /** Long */
    public static final String VAR_REQUISITION_ID = HiringProcess.VAR_REQUISITION_ID;
    /** String: the team's slug, an input of the voting rule and of the compensation band */
    public static final String VAR_TEAM = HiringProcess.VAR_TEAM;
    /** String: the hiring manager's username, assignee of the debrief and the approval */
    public static final String VAR_HIRING_MANAGER = HiringProcess.VAR_HIRING_MANAGER;

    // --- variables set on the way
    /** String: the output parameter of {@link #TASK_APPLY_VOTING_RULE}, a {@link VoteRule.Outcome} name */
    public static final String VAR_VOTE_OUTCOME = "voteOutcome";
    /** String: set by the debrief form, a {@link DebriefOutcome} name */
    public static final String VAR_DEBRIEF_OUTCOME = "debriefOutcome";
    /** Long: the offer row, set by the offer form */
    public static final String VAR_OFFER_ID = "offerId";
    /** Boolean: the output parameter of {@link #TASK_CHECK_BAND} */
    public static final String VAR_OFFER_IN_BAND = "offerInBand";
    /** Boolean: set by the approval form; false sends the offer back to the recruiter */
    public static final String VAR_OFFER_APPROVED = "offerApproved";
    /** String: set by the answer form, an {@link OfferAnswer} name */
    public static final String VAR_OFFER_ANSWER = "offerAnswer";

    // --- variable out
    /**
     * String: the result for the hiring process, set by the end events: {@link #DECISION_HIRE},
     * {@link #DECISION_NO_HIRE}, {@link #DECISION_OFFER_DECLINED} or {@link #DECISION_OFFER_EXPIRED}.
     * The hiring process onboards on HIRE only.
     */
    public static final String VAR_DECISION = HiringProcess.VAR_DECISION;
    public static final String DECISION_HIRE = HiringProcess.DECISION_HIRE;
    public static final String DECISION_NO_HIRE = "NO_HIRE";
    public static final String DECISION_OFFER_DECLINED = "OFFER_DECLINED";
    public static final String DECISION_OFFER_EXPIRED = "OFFER_EXPIRED";

    /** The stage the extra interview passes to {@code InterviewStage} as stageKey and stageName. */
    public static final String EXTRA_INTERVIEW_STAGE_KEY = "extra-interview";
    public static final String EXTRA_INTERVIEW_STAGE_NAME = "Extra interview";

    /**
     * The engine's own transient variable, local to a business rule task, holding its decision result: read by the
     * output parameters and by the end listeners {@link #BEAN_RECORD_VOTE_DECISION} and {@link #BEAN_RECORD_BAND_CHECK}.
     */
    public static final String VAR_DECISION_RESULT = "decisionResult";

    // --- beans the process calls (delegateExpression, input parameters, end listeners)
    /** {@code plusOnes / zeros / minusOnes / votes(long applicationId)}: the voting rule's inputs */
    public static final String BEAN_VOTE_INPUTS = "voteInputs";
    /** End listener of {@link #TASK_APPLY_VOTING_RULE}: the decision row */
    public static final String BEAN_RECORD_VOTE_DECISION = "recordVoteDecision";
    /** {@code currency / annualAmount(long offerId)}: the band's inputs */
    public static final String BEAN_BAND_INPUTS = "bandInputs";
    /** End listener of {@link #TASK_CHECK_BAND}: the band on the offer */
    public static final String BEAN_RECORD_BAND_CHECK = "recordBandCheck";
    public static final String BEAN_EXPIRE_OFFER = "expireOffer";

    /** An offer with the candidate expires after this long without an answer ({@link #TIMER_OFFER_EXPIRED}). */
    public static final Duration OFFER_VALID_FOR = Duration.ofDays(7);

    /** What the hiring manager decides in the debrief. */
    public enum DebriefOutcome { HIRE, NO_HIRE, ONE_MORE_INTERVIEW }

    /** The candidate's answer to the offer. */
    public enum OfferAnswer { ACCEPTED, DECLINED }

    private DecideAndOffer() {
    }
}
