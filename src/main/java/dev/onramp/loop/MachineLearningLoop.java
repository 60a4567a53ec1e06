package dev.onramp.loop;

/**
 * The vocabulary of {@code processes/loops/machine-learning.bpmn}: take-home modelling exercise, then a technical
 * deep-dive and a distributed-work conversation in parallel.
 * Start and end ids and the scorecard properties are in {@link TeamLoop}.
 */
public final class MachineLearningLoop {

    public static final String KEY = "MachineLearningLoop";
    public static final String RESOURCE = "processes/loops/machine-learning.bpmn";

    public static final String CALL_ACTIVITY_TAKE_HOME = "CallActivity_TakeHome";
    public static final String GATEWAY_SPLIT_INTERVIEWS = "Gateway_SplitInterviews";
    public static final String CALL_ACTIVITY_TECHNICAL_DEEP_DIVE = "CallActivity_TechnicalDeepDive";
    public static final String CALL_ACTIVITY_DISTRIBUTED_WORK = "CallActivity_DistributedWork";
    public static final String GATEWAY_JOIN_INTERVIEWS = "Gateway_JoinInterviews";

    // --- stage keys (the stageKey each stage is called with)
    public static final String STAGE_TAKE_HOME = "take-home";
    public static final String STAGE_TECHNICAL_DEEP_DIVE = "technical-deep-dive";
    public static final String STAGE_DISTRIBUTED_WORK = "distributed-work";

    private MachineLearningLoop() {
    }
}
