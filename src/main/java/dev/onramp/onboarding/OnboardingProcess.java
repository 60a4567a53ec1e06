package dev.onramp.onboarding;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The vocabulary of {@code processes/onboarding/onboarding.bpmn}: one instance per new hire, business key
 * {@link #businessKey(long)}. A mentor from day 1 (suggest, confirm, accept or decline and suggest again)
 * and the mentor's tasks on the new hire's calendar, in parallel with the X-School seat, travel and visa.
 */
public final class OnboardingProcess {

    public static final String KEY = "OnboardingProcess";
    public static final String RESOURCE = "processes/onboarding/onboarding.bpmn";
    public static final String BUSINESS_KEY_PREFIX = "onboarding-";

    // --- elements, in the order of the diagram
    public static final String START_EVENT_HIRED = "StartEvent_Hired";
    public static final String GATEWAY_START_BRANCHES = "Gateway_StartBranches";
    public static final String GATEWAY_FIND_MENTOR = "Gateway_FindMentor";
    public static final String TASK_SUGGEST_MENTORS = "Task_SuggestMentors";
    public static final String TASK_CONFIRM_MENTOR = "Task_ConfirmMentor";
    public static final String TASK_ACCEPT_MENTEE = "Task_AcceptMentee";
    public static final String GATEWAY_MENTEE_ACCEPTED = "Gateway_MenteeAccepted";
    public static final String TASK_RECORD_MENTORSHIP = "Task_RecordMentorship";
    public static final String TASK_PREPARE_WELCOME = "Task_PrepareWelcome";
    public static final String TASK_WELCOME_CALL = "Task_WelcomeCall";
    public static final String TASK_FIRST_WEEK_CHECK_IN = "Task_FirstWeekCheckIn";
    public static final String TIMER_DAY_THIRTY_CHECK_IN_OPENS = "Timer_DayThirtyCheckInOpens";
    public static final String TASK_DAY_THIRTY_CHECK_IN = "Task_DayThirtyCheckIn";
    public static final String TIMER_DAY_SIXTY_CHECK_IN_OPENS = "Timer_DaySixtyCheckInOpens";
    public static final String TASK_DAY_SIXTY_CHECK_IN = "Task_DaySixtyCheckIn";
    public static final String TIMER_DAY_NINETY_CHECK_IN_OPENS = "Timer_DayNinetyCheckInOpens";
    public static final String TASK_DAY_NINETY_CHECK_IN = "Task_DayNinetyCheckIn";
    public static final String TASK_END_MENTORSHIP = "Task_EndMentorship";
    public static final String GATEWAY_ONBOARDED = "Gateway_Onboarded";
    public static final String END_EVENT_ONBOARDED = "EndEvent_Onboarded";
    public static final String TASK_ASSIGN_COHORT = "Task_AssignCohort";
    public static final String GATEWAY_TRAVEL_AND_VISA = "Gateway_TravelAndVisa";
    public static final String TASK_BOOK_TRAVEL = "Task_BookTravel";
    public static final String TASK_VISA_LETTER = "Task_VisaLetter";
    public static final String GATEWAY_TRAVEL_AND_VISA_DONE = "Gateway_TravelAndVisaDone";

    /**
     * Each mentor task ({@code Task_<name>}) has two non-interrupting timers, {@code Timer_<name>Due}
     * (→ {@code Task_Remind<name>} → {@code EndEvent_<name>Reminded}) and {@code Timer_<name>Overdue}
     * (→ {@code Task_Tell<name>Overdue} → {@code EndEvent_<name>Escalated}).
     */
    public static String timerDue(String mentorTaskId) {
        return "Timer_" + name(mentorTaskId) + "Due";
    }

    public static String timerOverdue(String mentorTaskId) {
        return "Timer_" + name(mentorTaskId) + "Overdue";
    }

    /** The timer a later check-in waits on until a week before it is due (the day-30/60/90 check-ins only). */
    public static String timerOpens(String mentorTaskId) {
        return "Timer_" + name(mentorTaskId) + "Opens";
    }

    public static String taskRemind(String mentorTaskId) {
        return "Task_Remind" + name(mentorTaskId);
    }

    public static String taskTellOverdue(String mentorTaskId) {
        return "Task_Tell" + name(mentorTaskId) + "Overdue";
    }

    public static String endEventReminded(String mentorTaskId) {
        return "EndEvent_" + name(mentorTaskId) + "Reminded";
    }

    public static String endEventEscalated(String mentorTaskId) {
        return "EndEvent_" + name(mentorTaskId) + "Escalated";
    }

    private static String name(String mentorTaskId) {
        return mentorTaskId.substring("Task_".length());
    }

    // --- forms (a task's URL follows its formKey)
    public static final String FORM_CONFIRM_MENTOR = "confirm-mentor";
    public static final String FORM_ACCEPT_MENTEE = "accept-mentee";
    public static final String FORM_MENTOR_TASK = "mentor-task";
    public static final String FORM_BOOK_TRAVEL = "book-travel";
    public static final String FORM_VISA_LETTER = "visa-letter";

    // --- variables; the first four are the start variables
    /** Long: the new hire's person id */
    public static final String VAR_NEW_HIRE_ID = "newHireId";
    /** Long: the application that ended in the hire */
    public static final String VAR_APPLICATION_ID = "applicationId";
    /** String: the new hire's manager's username (confirms the mentor, hears about overdue mentor tasks) */
    public static final String VAR_MANAGER = "manager";
    /** Date: the first working day, midnight UTC of the start date */
    public static final String VAR_START_DATE = "startDate";
    /** Boolean: set by {@link #BEAN_SUGGEST_MENTORS}; false means nobody is eligible and the manager picks by hand */
    public static final String VAR_MENTOR_CANDIDATES_FOUND = "mentorCandidatesFound";
    /** String: the mentor's username, set by the confirm-mentor form */
    public static final String VAR_MENTOR = "mentor";
    /** Boolean: set by the accept-mentee form */
    public static final String VAR_MENTEE_ACCEPTED = "menteeAccepted";
    /** Long: the X-School cohort, set by {@link #BEAN_ASSIGN_COHORT} */
    public static final String VAR_COHORT_ID = "cohortId";
    /** Date: the first day of the cohort's week */
    public static final String VAR_COHORT_START = "cohortStart";
    /** Boolean */
    public static final String VAR_NEEDS_VISA = "needsVisa";
    /** Date: due date of the travel booking */
    public static final String VAR_TRAVEL_DUE = "travelDue";
    /** Date, null without a visa: due date of the visa letter */
    public static final String VAR_VISA_DUE = "visaDue";

    // --- beans the process calls
    /** {@code Date due(Long newHireId, String mentorTask)}, {@code overdue(…)}, {@code opens(…)}: see {@link OnboardingDates} */
    public static final String BEAN_ONBOARDING_DATES = "onboardingDates";
    public static final String BEAN_SUGGEST_MENTORS = "suggestMentors";
    public static final String BEAN_RECORD_MENTORSHIP = "recordMentorship";
    public static final String BEAN_END_MENTORSHIP = "endMentorship";
    public static final String BEAN_REMIND_MENTOR = "remindMentor";
    public static final String BEAN_TELL_MANAGER_MENTOR_TASK_OVERDUE = "tellManagerMentorTaskOverdue";
    public static final String BEAN_ASSIGN_COHORT = "assignCohort";

    private OnboardingProcess() {
    }

    public static String businessKey(long newHireId) {
        return BUSINESS_KEY_PREFIX + newHireId;
    }

    /** The new hire's onboarding while it runs. */
    public static Optional<ProcessInstance> running(RuntimeService runtime, long newHireId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(businessKey(newHireId)).active().list().stream().findFirst();
    }

    /** A day as the process carries it (start date, cohort start): midnight UTC of that day. */
    public static Date day(LocalDate startDate) {
        return Date.from(startDate.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static VariableMap startVariables(long newHireId, long applicationId, String manager, LocalDate startDate) {
        return Variables.createVariables()
                .putValue(VAR_NEW_HIRE_ID, newHireId)
                .putValue(VAR_APPLICATION_ID, applicationId)
                .putValue(VAR_MANAGER, manager)
                .putValue(VAR_START_DATE, day(startDate));
    }
}
