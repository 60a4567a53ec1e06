package dev.onramp.hiring;

/**
 * The follow-up every person's step of an application's processes shares: when a task is due, a non-interrupting
 * timer calls {@link #BEAN_REMIND_TASK} (the task's assignee, or its candidate group, is reminded); later a second
 * one calls {@link #BEAN_ESCALATE_TASK} (the hiring manager or the recruiters are told). Both beans are told what to
 * do by the service task's input parameters, so one bean serves every task:
 * <pre>{@code
 * <camunda:inputParameter name="slaTask">Task_Debrief</camunda:inputParameter>
 * <camunda:inputParameter name="slaMessage">notification.debrief.escalated</camunda:inputParameter>
 * <camunda:inputParameter name="slaTell">recruiters</camunda:inputParameter>
 * }</pre>
 * The due dates come from {@link SlaDates#due(String)} and {@link SlaDates#escalation(String)}.
 */
public final class TaskDeadlines {

    /** Reminds whoever the open task {@link #INPUT_TASK} is for, with the message {@link #INPUT_MESSAGE}. */
    public static final String BEAN_REMIND_TASK = "remindTask";
    /** Tells {@link #INPUT_TELL} that the task {@link #INPUT_TASK} is overdue, with the message {@link #INPUT_MESSAGE}. */
    public static final String BEAN_ESCALATE_TASK = "escalateTask";

    /** Input parameter (String, local): the task definition key of the task the follow-up is about. */
    public static final String INPUT_TASK = "slaTask";
    /** Input parameter (String, local): the message key; its arguments are {0} the requisition title, {1} the application id. */
    public static final String INPUT_MESSAGE = "slaMessage";
    /** Input parameter (String, local) of an escalation: {@link #TELL_HIRING_MANAGER} or {@link #TELL_RECRUITERS}. */
    public static final String INPUT_TELL = "slaTell";

    /** The application's hiring manager (the process variable {@code hiringManager}). */
    public static final String TELL_HIRING_MANAGER = "hiringManager";
    /** Every recruiter. */
    public static final String TELL_RECRUITERS = "recruiters";

    private TaskDeadlines() {
    }
}
