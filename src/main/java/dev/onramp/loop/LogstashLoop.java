package dev.onramp.loop;

/**
 * The vocabulary of {@code processes/loops/logstash.bpmn}: pair programming on a real plugin, then a written design
 * exercise (take-home), then team fit.
 * Start and end ids and the scorecard properties are in {@link TeamLoop}.
 */
public final class LogstashLoop {

    public static final String KEY = "LogstashLoop";
    public static final String RESOURCE = "processes/loops/logstash.bpmn";

    public static final String CALL_ACTIVITY_PAIR_PROGRAMMING = "CallActivity_PairProgramming";
    public static final String CALL_ACTIVITY_WRITTEN_DESIGN_EXERCISE = "CallActivity_WrittenDesignExercise";
    public static final String CALL_ACTIVITY_TEAM_FIT = "CallActivity_TeamFit";

    // --- stage keys (the stageKey each stage is called with)
    public static final String STAGE_PAIR_PROGRAMMING = "pair-programming";
    public static final String STAGE_WRITTEN_DESIGN = "written-design";
    public static final String STAGE_TEAM_FIT = "team-fit";

    private LogstashLoop() {
    }
}
