package dev.onramp.interview;

/**
 * The vocabulary of {@code processes/interview/take-home-stage.bpmn}: an asynchronous take-home. A recruiter
 * sends it with a due date; the candidate's submission ({@link #MESSAGE_TAKE_HOME_SUBMITTED}, correlated by
 * business key) starts the reviewers' feedback, which has exactly the ids, reminders and vote window of
 * {@link InterviewStage} (one vocabulary for feedback). A missed due date tells the recruiter.
 */
public final class TakeHomeStage {

    public static final String KEY = "TakeHomeStage";
    public static final String RESOURCE = "processes/interview/take-home-stage.bpmn";

    public static final String START_EVENT_STAGE_STARTED = InterviewStage.START_EVENT_STAGE_STARTED;
    /** due {@link dev.onramp.hiring.SlaProperties#SEND_TAKE_HOME} working days after the stage opens */
    public static final String TASK_SEND_TAKE_HOME = "Task_SendTakeHome";
    public static final String TIMER_SEND_TAKE_HOME_REMINDER = "Timer_SendTakeHomeReminder";
    public static final String TASK_REMIND_SEND_TAKE_HOME = "Task_RemindSendTakeHome";
    public static final String END_EVENT_SEND_TAKE_HOME_REMINDED = "EndEvent_SendTakeHomeReminded";
    public static final String TIMER_SEND_TAKE_HOME_ESCALATION = "Timer_SendTakeHomeEscalation";
    public static final String TASK_ESCALATE_SEND_TAKE_HOME = "Task_EscalateSendTakeHome";
    public static final String END_EVENT_SEND_TAKE_HOME_ESCALATED = "EndEvent_SendTakeHomeEscalated";
    public static final String GATEWAY_AWAIT_TAKE_HOME = "Gateway_AwaitTakeHome";
    public static final String EVENT_TAKE_HOME_SUBMITTED = "Event_TakeHomeSubmitted";
    public static final String TIMER_TAKE_HOME_DUE = "Timer_TakeHomeDue";
    public static final String TASK_TELL_RECRUITER_TAKE_HOME_LATE = "Task_TellRecruiterTakeHomeLate";
    public static final String END_EVENT_TAKE_HOME_MISSED = "EndEvent_TakeHomeMissed";

    // --- the feedback part, as in InterviewStage
    public static final String TASK_SUBMIT_FEEDBACK = InterviewStage.TASK_SUBMIT_FEEDBACK;
    public static final String TIMER_FEEDBACK_REMINDER = InterviewStage.TIMER_FEEDBACK_REMINDER;
    public static final String TASK_REMIND_INTERVIEWERS = InterviewStage.TASK_REMIND_INTERVIEWERS;
    public static final String END_EVENT_REMINDER_SENT = InterviewStage.END_EVENT_REMINDER_SENT;
    public static final String TIMER_FEEDBACK_DAILY_REMINDER = InterviewStage.TIMER_FEEDBACK_DAILY_REMINDER;
    public static final String TASK_REMIND_INTERVIEWERS_DAILY = InterviewStage.TASK_REMIND_INTERVIEWERS_DAILY;
    public static final String END_EVENT_DAILY_REMINDER_SENT = InterviewStage.END_EVENT_DAILY_REMINDER_SENT;
    public static final String TIMER_VOTE_WINDOW_CLOSED = InterviewStage.TIMER_VOTE_WINDOW_CLOSED;
    public static final String TASK_TELL_RECRUITER_FEEDBACK_MISSING = InterviewStage.TASK_TELL_RECRUITER_FEEDBACK_MISSING;
    public static final String END_EVENT_VOTE_WINDOW_CLOSED = InterviewStage.END_EVENT_VOTE_WINDOW_CLOSED;
    public static final String END_EVENT_STAGE_DONE = InterviewStage.END_EVENT_STAGE_DONE;

    public static final String FORM_SEND_TAKE_HOME = "takehome-send";
    public static final String FORM_FEEDBACK = InterviewStage.FORM_FEEDBACK;

    public static final String MESSAGE_TAKE_HOME_SUBMITTED = "TakeHomeSubmitted";

    // --- variables in: as InterviewStage
    public static final String VAR_APPLICATION_ID = InterviewStage.VAR_APPLICATION_ID;
    public static final String VAR_STAGE_KEY = InterviewStage.VAR_STAGE_KEY;
    public static final String VAR_STAGE_NAME = InterviewStage.VAR_STAGE_NAME;

    // --- variables set by the send form
    /** Date: end of the due day in the candidate's zone, computed by Java (5 days after sending) */
    public static final String VAR_TAKE_HOME_DUE = "takeHomeDue";
    /** Long: the review record with its reviewers */
    public static final String VAR_INTERVIEW_ID = InterviewStage.VAR_INTERVIEW_ID;
    public static final String VAR_INTERVIEWER = InterviewStage.VAR_INTERVIEWER;

    // --- beans
    public static final String BEAN_INTERVIEW_PANEL = InterviewStage.BEAN_INTERVIEW_PANEL;
    public static final String BEAN_REMIND_FEEDBACK = InterviewStage.BEAN_REMIND_FEEDBACK;
    public static final String BEAN_FEEDBACK_OVERDUE = InterviewStage.BEAN_FEEDBACK_OVERDUE;
    public static final String BEAN_TAKE_HOME_OVERDUE = "takeHomeOverdue";
    public static final String BEAN_SLA_DATES = InterviewStage.BEAN_SLA_DATES;
    public static final String BEAN_REMIND_TASK = InterviewStage.BEAN_REMIND_TASK;
    public static final String BEAN_ESCALATE_TASK = InterviewStage.BEAN_ESCALATE_TASK;

    private TakeHomeStage() {
    }
}
