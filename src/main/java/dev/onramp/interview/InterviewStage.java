package dev.onramp.interview;

import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.TaskDeadlines;
import dev.onramp.loop.TeamLoop;
import java.time.Duration;

/**
 * The vocabulary of {@code processes/interview/interview-stage.bpmn}: one live interview of a team's loop.
 * A recruiter schedules it; when it is over every interviewer on its panel gets a feedback task, with a
 * reminder after an hour, one every day, and the vote window closing after 72 hours.
 * {@link TakeHomeStage} ends with the same feedback part and shares these ids.
 */
public final class InterviewStage {

    public static final String KEY = "InterviewStage";
    public static final String RESOURCE = "processes/interview/interview-stage.bpmn";

    public static final String START_EVENT_STAGE_STARTED = "StartEvent_StageStarted";
    /** due {@link dev.onramp.hiring.SlaProperties#SCHEDULE_INTERVIEW} working days after the stage opens */
    public static final String TASK_SCHEDULE_INTERVIEW = "Task_ScheduleInterview";
    public static final String TIMER_SCHEDULE_INTERVIEW_REMINDER = "Timer_ScheduleInterviewReminder";
    public static final String TASK_REMIND_SCHEDULE_INTERVIEW = "Task_RemindScheduleInterview";
    public static final String END_EVENT_SCHEDULE_INTERVIEW_REMINDED = "EndEvent_ScheduleInterviewReminded";
    public static final String TIMER_SCHEDULE_INTERVIEW_ESCALATION = "Timer_ScheduleInterviewEscalation";
    public static final String TASK_ESCALATE_SCHEDULE_INTERVIEW = "Task_EscalateScheduleInterview";
    public static final String END_EVENT_SCHEDULE_INTERVIEW_ESCALATED = "EndEvent_ScheduleInterviewEscalated";
    /** back to scheduling: at the start, after a cancellation, after a no-show to be scheduled again */
    public static final String GATEWAY_TO_SCHEDULE = "Gateway_ToSchedule";
    /** the interview booked, or booked again at a new time */
    public static final String GATEWAY_INTERVIEW_BOOKED = "Gateway_InterviewBooked";
    /** the booked interview and its feedback; {@link #EVENT_INTERVIEW_RESCHEDULED}, {@link #EVENT_INTERVIEW_CANCELLED}
     * and {@link #EVENT_INTERVIEW_NO_SHOW} interrupt it */
    public static final String SUB_PROCESS_INTERVIEW = "SubProcess_Interview";
    /** waits for the scheduled end ({@link #EVENT_INTERVIEW_OVER}) unless {@link #EVENT_INTERVIEW_HELD} comes first */
    public static final String SUB_PROCESS_AWAIT_INTERVIEW = "SubProcess_AwaitInterview";
    public static final String EVENT_INTERVIEW_OVER = "Event_InterviewOver";
    public static final String END_EVENT_INTERVIEW_OVER = "EndEvent_InterviewOver";
    public static final String EVENT_INTERVIEW_HELD = "Event_InterviewHeld";
    public static final String GATEWAY_FEEDBACK_OPENS = "Gateway_FeedbackOpens";
    public static final String END_EVENT_FEEDBACK_COMPLETE = "EndEvent_FeedbackComplete";
    public static final String EVENT_INTERVIEW_RESCHEDULED = "Event_InterviewRescheduled";
    public static final String EVENT_INTERVIEW_CANCELLED = "Event_InterviewCancelled";
    public static final String EVENT_INTERVIEW_NO_SHOW = "Event_InterviewNoShow";
    public static final String GATEWAY_AFTER_NO_SHOW = "Gateway_AfterNoShow";
    public static final String END_EVENT_STAGE_ENDED_AFTER_NO_SHOW = "EndEvent_StageEndedAfterNoShow";

    // --- messages, correlated to the stage process instance by InterviewLifecycle
    /** the interview took place: feedback opens now (only while awaiting it) */
    public static final String MESSAGE_INTERVIEW_HELD = "InterviewHeld";
    /** a new time; carries {@link #VAR_INTERVIEW_END} */
    public static final String MESSAGE_INTERVIEW_RESCHEDULED = "InterviewRescheduled";
    /** the interview is off: the stage goes back to scheduling */
    public static final String MESSAGE_INTERVIEW_CANCELLED = "InterviewCancelled";
    /** somebody did not come; carries {@link #VAR_NO_SHOW_THEN} */
    public static final String MESSAGE_INTERVIEW_NO_SHOW = "InterviewNoShow";

    // --- the feedback part, shared with TakeHomeStage
    /** multi-instance, one task per interviewer, assignee {@link #VAR_INTERVIEWER} */
    public static final String TASK_SUBMIT_FEEDBACK = "Task_SubmitFeedback";
    public static final String TIMER_FEEDBACK_REMINDER = "Timer_FeedbackReminder";
    public static final String TASK_REMIND_INTERVIEWERS = "Task_RemindInterviewers";
    public static final String END_EVENT_REMINDER_SENT = "EndEvent_ReminderSent";
    public static final String TIMER_FEEDBACK_DAILY_REMINDER = "Timer_FeedbackDailyReminder";
    public static final String TASK_REMIND_INTERVIEWERS_DAILY = "Task_RemindInterviewersDaily";
    public static final String END_EVENT_DAILY_REMINDER_SENT = "EndEvent_DailyReminderSent";
    public static final String TIMER_VOTE_WINDOW_CLOSED = "Timer_VoteWindowClosed";
    public static final String TASK_TELL_RECRUITER_FEEDBACK_MISSING = "Task_TellRecruiterFeedbackMissing";
    public static final String END_EVENT_VOTE_WINDOW_CLOSED = "EndEvent_VoteWindowClosed";
    public static final String END_EVENT_STAGE_DONE = "EndEvent_StageDone";

    public static final String FORM_SCHEDULE = "schedule";
    public static final String FORM_FEEDBACK = "feedback";

    // --- variables in: the application's, passed by the loop, and the stage's
    public static final String VAR_APPLICATION_ID = HiringProcess.VAR_APPLICATION_ID;
    public static final String VAR_REQUISITION_ID = HiringProcess.VAR_REQUISITION_ID;
    public static final String VAR_TEAM = HiringProcess.VAR_TEAM;
    public static final String VAR_HIRING_MANAGER = HiringProcess.VAR_HIRING_MANAGER;
    /** String: the stage's key within its loop, such as {@code technical-deep-dive} */
    public static final String VAR_STAGE_KEY = TeamLoop.VAR_STAGE_KEY;
    /** String: the stage's display name, used in task names */
    public static final String VAR_STAGE_NAME = TeamLoop.VAR_STAGE_NAME;
    /** Integer, only for a multi-instance stage such as the Beats technical panel: 0, 1, … */
    public static final String VAR_PANEL_SEAT = "panelSeat";

    // --- variables set on the way
    /** Long: the interview record (with its panel), set by the scheduling form */
    public static final String VAR_INTERVIEW_ID = "interviewId";
    /** Date: when the interview ends, set by the scheduling form; feedback is asked for from then on */
    public static final String VAR_INTERVIEW_END = "interviewEnd";
    /** String, with {@link #MESSAGE_INTERVIEW_NO_SHOW}: {@link #NO_SHOW_RESCHEDULE} or {@link #NO_SHOW_END} */
    public static final String VAR_NO_SHOW_THEN = "noShowThen";
    public static final String NO_SHOW_RESCHEDULE = "RESCHEDULE";
    public static final String NO_SHOW_END = "END";
    /** String, local to each feedback task: the interviewer's username */
    public static final String VAR_INTERVIEWER = "interviewer";

    // --- beans
    /**
     * {@code List<String> usernames(Long interviewId)}: the panel of one interview, never stored as a variable.
     * The engine evaluates it more than once when it creates the feedback tasks, so it must answer the same
     * usernames in the same order every time (a query with an ORDER BY).
     */
    public static final String BEAN_INTERVIEW_PANEL = "interviewPanel";
    public static final String BEAN_REMIND_FEEDBACK = "remindFeedback";
    public static final String BEAN_FEEDBACK_OVERDUE = "feedbackOverdue";
    /** {@code due(String) / escalation(String)}: the scheduling's due date, reminder and escalation */
    public static final String BEAN_SLA_DATES = HiringProcess.BEAN_SLA_DATES;
    /** the scheduling's reminder (recruiters) and escalation (hiring manager), see {@link dev.onramp.hiring.TaskDeadlines} */
    public static final String BEAN_REMIND_TASK = TaskDeadlines.BEAN_REMIND_TASK;
    public static final String BEAN_ESCALATE_TASK = TaskDeadlines.BEAN_ESCALATE_TASK;

    /** When feedback is asked for, these are as in the diagram. */
    public static final Duration FEEDBACK_REMINDER_AFTER = Duration.ofHours(1);
    public static final Duration FEEDBACK_DAILY_REMINDER_EVERY = Duration.ofDays(1);
    public static final Duration VOTE_WINDOW = Duration.ofHours(72);

    private InterviewStage() {
    }
}
