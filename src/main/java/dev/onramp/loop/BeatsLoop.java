package dev.onramp.loop;

/**
 * The vocabulary of {@code processes/loops/beats.bpmn}: take-home, then two technical interviews in parallel (one
 * multi-instance call activity, a seat each, {@code panelSeat} 0 and 1), then team fit and async work.
 * Start and end ids and the scorecard properties are in {@link TeamLoop}.
 */
public final class BeatsLoop {

    public static final String KEY = "BeatsLoop";
    public static final String RESOURCE = "processes/loops/beats.bpmn";

    public static final String CALL_ACTIVITY_TAKE_HOME = "CallActivity_TakeHome";
    public static final String CALL_ACTIVITY_TECHNICAL_PANEL = "CallActivity_TechnicalPanel";
    public static final String CALL_ACTIVITY_TEAM_FIT = "CallActivity_TeamFit";

    // --- stage keys (the stageKey each stage is called with)
    public static final String STAGE_TAKE_HOME = "take-home";
    public static final String STAGE_TECHNICAL_PANEL = "technical-panel";
    public static final String STAGE_TEAM_FIT = "team-fit";

    private BeatsLoop() {
    }
}
