package dev.onramp.loop;

/**
 * The vocabulary of {@code processes/loops/kibana.bpmn}: pair programming, then a design review, then team fit.
 * Start and end ids and the scorecard properties are in {@link TeamLoop}.
 */
public final class KibanaLoop {

    public static final String KEY = "KibanaLoop";
    public static final String RESOURCE = "processes/loops/kibana.bpmn";

    public static final String CALL_ACTIVITY_PAIR_PROGRAMMING = "CallActivity_PairProgramming";
    public static final String CALL_ACTIVITY_DESIGN_REVIEW = "CallActivity_DesignReview";
    public static final String CALL_ACTIVITY_TEAM_FIT = "CallActivity_TeamFit";

    // --- stage keys (the stageKey each stage is called with)
    public static final String STAGE_PAIR_PROGRAMMING = "pair-programming";
    public static final String STAGE_DESIGN_REVIEW = "design-review";
    public static final String STAGE_TEAM_FIT = "team-fit";

    private KibanaLoop() {
    }
}
