package dev.onramp.loop;

/**
 * The vocabulary of {@code processes/loops/cloud.bpmn}: system design, then an incident walk-through, then team fit.
 * Start and end ids and the scorecard properties are in {@link TeamLoop}.
 */
public final class CloudLoop {

    public static final String KEY = "CloudLoop";
    public static final String RESOURCE = "processes/loops/cloud.bpmn";

    public static final String CALL_ACTIVITY_SYSTEM_DESIGN = "CallActivity_SystemDesign";
    public static final String CALL_ACTIVITY_INCIDENT_WALK_THROUGH = "CallActivity_IncidentWalkThrough";
    public static final String CALL_ACTIVITY_TEAM_FIT = "CallActivity_TeamFit";

    // --- stage keys (the stageKey each stage is called with)
    public static final String STAGE_SYSTEM_DESIGN = "system-design";
    public static final String STAGE_INCIDENT_WALK_THROUGH = "incident-walk-through";
    public static final String STAGE_TEAM_FIT = "team-fit";

    private CloudLoop() {
    }
}
