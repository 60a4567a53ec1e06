package dev.onramp.decision;

/**
 * The vocabulary of {@code processes/decision/decide-and-offer.bpmn}, called by the hiring process once the
 * team's loop is done. Interim: the hiring manager records the decision; DMN voting and offers come next and
 * keep this key, its in-variables and its {@link #VAR_DECISION} result.
 */
public final class DecideAndOffer {

    public static final String KEY = "DecideAndOffer";
    public static final String RESOURCE = "processes/decision/decide-and-offer.bpmn";

    public static final String START_EVENT_DECISION_NEEDED = "StartEvent_DecisionNeeded";
    public static final String TASK_RECORD_DECISION = "Task_RecordDecision";
    public static final String END_EVENT_DECIDED = "EndEvent_Decided";

    public static final String FORM_DECIDE = "decide";

    /** String: set by the decision form and returned to the hiring process */
    public static final String VAR_DECISION = "decision";
    public static final String DECISION_HIRE = "HIRE";
    public static final String DECISION_NO_HIRE = "NO_HIRE";

    private DecideAndOffer() {
    }
}
