package dev.onramp.loop;

import java.util.List;
import java.util.Set;

/**
 * What every team's loop under {@code processes/loops/} has in common. A loop is its own process (one class
 * per loop holds its key and stage ids, such as {@link BeatsLoop}); its stages are call activities to
 * the interview feature's stage processes ({@code InterviewStage} or {@code TakeHomeStage}, by {@link #PROPERTY_KIND}) and each declares its scorecard as extension properties
 * ({@code <camunda:properties>}) named here. Every loop has at least one stage whose focus includes
 * {@link #FOCUS_WORKS_ASYNCHRONOUSLY}.
 */
public final class TeamLoop {

    /**
     * Variables every stage call activity passes to the stage process it calls (besides the application's own):
     * String, the stage's key within its loop, such as {@code technical-deep-dive}.
     */
    public static final String VAR_STAGE_KEY = "stageKey";
    /** String: the stage's display name, used in task names. */
    public static final String VAR_STAGE_NAME = "stageName";

    public static final String START_EVENT_LOOP_STARTED = "StartEvent_LoopStarted";
    public static final String END_EVENT_LOOP_DONE = "EndEvent_LoopDone";

    /** Every loop, by process key: the values a team's {@code loop_process_key} may take. */
    public static final List<String> KEYS = List.of(ElasticsearchLoop.KEY, KibanaLoop.KEY, LogstashLoop.KEY,
            BeatsLoop.KEY, CloudLoop.KEY, MachineLearningLoop.KEY);

    // --- a stage's scorecard: extension properties of its call activity
    /** {@link #KIND_LIVE} or {@link #KIND_TAKE_HOME} */
    public static final String PROPERTY_KIND = "kind";
    /** comma-separated focus attributes, from {@link #FOCUS_ATTRIBUTES} */
    public static final String PROPERTY_FOCUS = "focus";
    /** notes for interviewers: what to assess (real work, no puzzle questions) */
    public static final String PROPERTY_NOTES = "notes";
    /** minutes of the interview, or of a reviewer's time for a take-home */
    public static final String PROPERTY_DURATION_MINUTES = "durationMinutes";
    /** interviewers (or reviewers) per interview */
    public static final String PROPERTY_PANEL_SIZE = "panelSize";

    public static final String KIND_LIVE = "LIVE";
    public static final String KIND_TAKE_HOME = "TAKE_HOME";

    // --- focus attributes; each is also the message key suffix focus.{attribute}
    public static final String FOCUS_TECHNICAL_DEPTH = "technical-depth";
    public static final String FOCUS_CODE_QUALITY = "code-quality";
    public static final String FOCUS_SYSTEM_DESIGN = "system-design";
    public static final String FOCUS_OPERATIONAL_JUDGEMENT = "operational-judgement";
    public static final String FOCUS_MODELLING = "modelling";
    public static final String FOCUS_PRODUCT_SENSE = "product-sense";
    public static final String FOCUS_COLLABORATION = "collaboration";
    public static final String FOCUS_WRITTEN_COMMUNICATION = "written-communication";
    public static final String FOCUS_WORKS_ASYNCHRONOUSLY = "works-asynchronously";
    public static final String FOCUS_AUTONOMY = "autonomy";
    public static final String FOCUS_TIME_ZONE_HABITS = "time-zone-habits";
    public static final String FOCUS_TEAM_FIT = "team-fit";

    public static final Set<String> FOCUS_ATTRIBUTES = Set.of(FOCUS_TECHNICAL_DEPTH, FOCUS_CODE_QUALITY,
            FOCUS_SYSTEM_DESIGN, FOCUS_OPERATIONAL_JUDGEMENT, FOCUS_MODELLING, FOCUS_PRODUCT_SENSE,
            FOCUS_COLLABORATION, FOCUS_WRITTEN_COMMUNICATION, FOCUS_WORKS_ASYNCHRONOUSLY, FOCUS_AUTONOMY,
            FOCUS_TIME_ZONE_HABITS, FOCUS_TEAM_FIT);

    private TeamLoop() {
    }
}
