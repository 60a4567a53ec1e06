package dev.onramp.hiring;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The vocabulary of {@code processes/hiring/hiring.bpmn}: one instance per application, business key
 * {@link #businessKey(long)}. Screening, the team's own loop ({@link #VAR_TEAM_LOOP}), the decision
 * ({@link #CALLED_DECIDE_AND_OFFER}) and the hand-off to onboarding; withdrawal and rejection at any point.
 */
public final class HiringProcess {

    public static final String KEY = "HiringProcess";
    public static final String RESOURCE = "processes/hiring/hiring.bpmn";
    public static final String BUSINESS_KEY_PREFIX = "application-";

    // --- elements, in the order of the diagram
    public static final String START_EVENT_APPLICATION_RECEIVED = "StartEvent_ApplicationReceived";
    public static final String TASK_SCREEN = "Task_Screen";
    public static final String TIMER_SCREENING_REMINDER = "Timer_ScreeningReminder";
    public static final String TASK_REMIND_RECRUITERS = "Task_RemindRecruiters";
    public static final String END_EVENT_REMINDED = "EndEvent_Reminded";
    public static final String TIMER_SCREENING_ESCALATION = "Timer_ScreeningEscalation";
    public static final String TASK_ESCALATE_SCREENING = "Task_EscalateScreening";
    public static final String END_EVENT_ESCALATED = "EndEvent_Escalated";
    public static final String GATEWAY_SCREEN_PASSED = "Gateway_ScreenPassed";
    public static final String TASK_RECORD_REJECTION = "Task_RecordRejection";
    public static final String END_EVENT_REJECTED = "EndEvent_Rejected";
    public static final String CALL_ACTIVITY_TEAM_LOOP = "CallActivity_TeamLoop";
    public static final String CALL_ACTIVITY_DECIDE_AND_OFFER = "CallActivity_DecideAndOffer";
    /** The process {@link #CALL_ACTIVITY_DECIDE_AND_OFFER} calls (its {@code calledElement}); the decision feature runs it. */
    public static final String CALLED_DECIDE_AND_OFFER = "DecideAndOffer";
    public static final String GATEWAY_HIRED = "Gateway_Hired";
    public static final String TASK_HAND_OFF_TO_ONBOARDING = "Task_HandOffToOnboarding";
    public static final String END_EVENT_HIRED = "EndEvent_Hired";
    public static final String TASK_RECORD_NO_HIRE = "Task_RecordNoHire";
    public static final String END_EVENT_NOT_HIRED = "EndEvent_NotHired";
    public static final String EVENT_SUB_PROCESS_WITHDRAWAL = "EventSubProcess_Withdrawal";
    public static final String START_EVENT_WITHDRAWN = "StartEvent_Withdrawn";
    public static final String TASK_RECORD_WITHDRAWAL = "Task_RecordWithdrawal";
    public static final String END_EVENT_WITHDRAWN = "EndEvent_Withdrawn";
    public static final String EVENT_SUB_PROCESS_REJECTION = "EventSubProcess_Rejection";
    public static final String START_EVENT_REJECTED_ANY_TIME = "StartEvent_RejectedAnyTime";
    public static final String TASK_RECORD_REJECTION_ANY_TIME = "Task_RecordRejectionAnyTime";
    public static final String END_EVENT_REJECTED_ANY_TIME = "EndEvent_RejectedAnyTime";

    // --- forms (a task's URL follows its formKey)
    public static final String FORM_SCREEN = "screen";

    // --- messages, correlated by business key
    public static final String MESSAGE_CANDIDATE_WITHDREW = "CandidateWithdrew";
    public static final String MESSAGE_CANDIDATE_REJECTED = "CandidateRejected";

    // --- variables; the first five are the start variables and are passed on to the loop and the decision
    /** Long */
    public static final String VAR_APPLICATION_ID = "applicationId";
    /** Long */
    public static final String VAR_REQUISITION_ID = "requisitionId";
    /** String: the team's slug */
    public static final String VAR_TEAM = "team";
    /** String: the process key of the team's loop, such as {@code BeatsLoop} */
    public static final String VAR_TEAM_LOOP = "teamLoop";
    /** String: the hiring manager's username */
    public static final String VAR_HIRING_MANAGER = "hiringManager";
    /** String: set by the screening form, {@link #SCREENING_ADVANCE} or {@link #SCREENING_REJECT} */
    public static final String VAR_SCREENING = "screening";
    /** String, optional: whatever a loop wants to hand back; null when the loop sets nothing */
    public static final String VAR_LOOP_OUTCOME = "loopOutcome";
    /** String: returned by the decision, {@link #DECISION_HIRE} or another outcome (not hired) */
    public static final String VAR_DECISION = "decision";
    /** The {@link #VAR_DECISION} on which the application goes to onboarding. */
    public static final String DECISION_HIRE = "HIRE";

    public static final String SCREENING_ADVANCE = "ADVANCE";
    public static final String SCREENING_REJECT = "REJECT";

    // --- beans the process calls
    /** {@code Date due(String task)}, {@code escalation(String task)}: the screening due date, reminder and escalation */
    public static final String BEAN_SLA_DATES = "slaDates";
    /** the screening's reminder (recruiters) and escalation (hiring manager), see {@link TaskDeadlines} */
    public static final String BEAN_REMIND_TASK = TaskDeadlines.BEAN_REMIND_TASK;
    public static final String BEAN_ESCALATE_TASK = TaskDeadlines.BEAN_ESCALATE_TASK;
    /** records a rejection at screening, a no-hire decision and a rejection at any time */
    public static final String BEAN_RECORD_REJECTION = "recordRejection";
    public static final String BEAN_HAND_OFF_TO_ONBOARDING = "handOffToOnboarding";
    public static final String BEAN_RECORD_WITHDRAWAL = "recordWithdrawal";

    /**
     * The screening is due, and recruiters are reminded, this many working days after the application: the default
     * of {@code onramp.sla.screen.due} ({@link SlaProperties#SCREEN}).
     */
    public static final int SCREENING_REMINDER_WORKING_DAYS = 3;
    /** The hiring manager hears about a screening still open this many working days after the application (default). */
    public static final int SCREENING_ESCALATION_WORKING_DAYS = 5;

    private HiringProcess() {
    }

    public static String businessKey(long applicationId) {
        return BUSINESS_KEY_PREFIX + applicationId;
    }

    /** The application of a business key {@code application-{id}} ({@link #businessKey}); null for any other. */
    public static Long applicationId(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(BUSINESS_KEY_PREFIX)) {
            return null;
        }
        try {
            return Long.valueOf(businessKey.substring(BUSINESS_KEY_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The variables a hiring process starts with; {@code teamLoop} is the team's loop process key. */
    public static VariableMap startVariables(long applicationId, long requisitionId, String team, String teamLoop,
                                             String hiringManager) {
        return Variables.createVariables()
                .putValue(VAR_APPLICATION_ID, applicationId)
                .putValue(VAR_REQUISITION_ID, requisitionId)
                .putValue(VAR_TEAM, team)
                .putValue(VAR_TEAM_LOOP, teamLoop)
                .putValue(VAR_HIRING_MANAGER, hiringManager);
    }
}
