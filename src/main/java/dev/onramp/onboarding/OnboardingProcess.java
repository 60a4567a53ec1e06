package dev.onramp.onboarding;

import dev.onramp.xschool.XSchoolDates;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The vocabulary of {@code processes/onboarding/onboarding.bpmn}: one instance per new hire, business key
 * {@link #businessKey(long)}. A mentor from day 1 (suggest, confirm, accept, or decline or no answer and suggest
 * again) and the mentor's tasks on the new hire's calendar, in parallel with the X-School seat, travel and visa.
 * The process holds ids, usernames and decisions; dates are read from our tables through {@link #BEAN_ONBOARDING_DATES}
 * and {@link #BEAN_XSCHOOL_DATES} whenever a timer or task is created, and the messages {@link #MESSAGE_START_DATE_CHANGED}
 * and {@link #MESSAGE_SEAT_MOVED} make the waiting parts read them again.
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
    public static final String GATEWAY_CONFIRM_MENTOR_PLANNED = "Gateway_ConfirmMentorPlanned";
    public static final String TASK_CONFIRM_MENTOR = "Task_ConfirmMentor";
    /** Non-interrupting: the manager is reminded when the confirmation is due. */
    public static final String TIMER_CONFIRM_MENTOR_DUE = "Timer_ConfirmMentorDue";
    public static final String TASK_REMIND_MANAGER = "Task_RemindManager";
    public static final String END_EVENT_MANAGER_REMINDED = "EndEvent_ManagerReminded";
    /** Non-interrupting: the team lead is told when the confirmation is still open later. */
    public static final String TIMER_CONFIRM_MENTOR_OVERDUE = "Timer_ConfirmMentorOverdue";
    public static final String TASK_TELL_TEAM_LEAD = "Task_TellTeamLead";
    public static final String END_EVENT_TEAM_LEAD_TOLD = "EndEvent_TeamLeadTold";
    /** Interrupting: a new start date re-creates the open confirmation with dates read again. */
    public static final String MESSAGE_CONFIRM_MENTOR_REPLANNED = "Message_ConfirmMentorReplanned";
    public static final String TASK_ACCEPT_MENTEE = "Task_AcceptMentee";
    /** Interrupting: no answer by the due date counts as a decline. */
    public static final String TIMER_ACCEPT_MENTEE_NO_ANSWER = "Timer_AcceptMenteeNoAnswer";
    public static final String TASK_RECORD_NO_ANSWER = "Task_RecordNoAnswer";
    public static final String GATEWAY_MENTEE_ACCEPTED = "Gateway_MenteeAccepted";
    public static final String TASK_RECORD_MENTORSHIP = "Task_RecordMentorship";
    /** Multi-instance, sequential, over {@code onboardingDates.mentorTasks()}; element variable {@link #VAR_MENTOR_TASK}. */
    public static final String SUB_PROCESS_MENTOR_TASKS = "SubProcess_MentorTasks";
    public static final String START_EVENT_MENTOR_TASK = "StartEvent_MentorTask";
    public static final String GATEWAY_MENTOR_TASK_PLANNED = "Gateway_MentorTaskPlanned";
    /** One mentor task's wait and task; a new start date interrupts it and it starts again on the new dates. */
    public static final String SUB_PROCESS_MENTOR_TASK = "SubProcess_MentorTask";
    public static final String MESSAGE_MENTOR_TASK_REPLANNED = "Message_MentorTaskReplanned";
    public static final String START_EVENT_MENTOR_TASK_PLANNED = "StartEvent_MentorTaskPlanned";
    public static final String GATEWAY_MENTOR_TASK_OPENS_LATER = "Gateway_MentorTaskOpensLater";
    /** The day-30/60/90 check-ins wait here until a week before they are due. */
    public static final String TIMER_MENTOR_TASK_OPENS = "Timer_MentorTaskOpens";
    public static final String GATEWAY_MENTOR_TASK_OPEN = "Gateway_MentorTaskOpen";
    /** The mentor's task (which one: {@link #VAR_MENTOR_TASK}); form {@link #FORM_MENTOR_TASK}. */
    public static final String TASK_MENTOR_TASK = "Task_MentorTask";
    public static final String TIMER_MENTOR_TASK_DUE = "Timer_MentorTaskDue";
    public static final String TASK_REMIND_MENTOR = "Task_RemindMentor";
    public static final String END_EVENT_MENTOR_REMINDED = "EndEvent_MentorReminded";
    public static final String TIMER_MENTOR_TASK_OVERDUE = "Timer_MentorTaskOverdue";
    public static final String TASK_TELL_MANAGER = "Task_TellManager";
    public static final String END_EVENT_MANAGER_TOLD = "EndEvent_ManagerTold";
    public static final String END_EVENT_MENTOR_TASK_COMPLETED = "EndEvent_MentorTaskCompleted";
    public static final String END_EVENT_MENTOR_TASK_DONE = "EndEvent_MentorTaskDone";
    public static final String TASK_END_MENTORSHIP = "Task_EndMentorship";
    public static final String GATEWAY_ONBOARDED = "Gateway_Onboarded";
    public static final String END_EVENT_ONBOARDED = "EndEvent_Onboarded";
    public static final String TASK_ASSIGN_COHORT = "Task_AssignCohort";
    public static final String GATEWAY_TRAVEL_AND_VISA = "Gateway_TravelAndVisa";
    public static final String GATEWAY_BOOK_TRAVEL_PLANNED = "Gateway_BookTravelPlanned";
    public static final String TASK_BOOK_TRAVEL = "Task_BookTravel";
    /** Interrupting: a moved seat re-creates the open travel task with its due date read again. */
    public static final String MESSAGE_BOOK_TRAVEL_REPLANNED = "Message_BookTravelReplanned";
    public static final String GATEWAY_VISA_LETTER_PLANNED = "Gateway_VisaLetterPlanned";
    public static final String TASK_VISA_LETTER = "Task_VisaLetter";
    public static final String MESSAGE_VISA_LETTER_REPLANNED = "Message_VisaLetterReplanned";
    public static final String GATEWAY_TRAVEL_AND_VISA_DONE = "Gateway_TravelAndVisaDone";

    // --- messages (correlated by business key, to every waiting part that catches them)
    /** The new hire's start date changed (in the person table): mentor confirmation and mentor tasks re-plan. */
    public static final String MESSAGE_START_DATE_CHANGED = "StartDateChanged";
    /** The new hire's X-School seat moved (in the seat table): the travel and visa tasks re-plan. */
    public static final String MESSAGE_SEAT_MOVED = "SeatMoved";

    // --- forms (a task's URL follows its formKey)
    public static final String FORM_CONFIRM_MENTOR = "confirm-mentor";
    public static final String FORM_ACCEPT_MENTEE = "accept-mentee";
    public static final String FORM_MENTOR_TASK = "mentor-task";
    public static final String FORM_BOOK_TRAVEL = "book-travel";
    public static final String FORM_VISA_LETTER = "visa-letter";

    // --- variables; the first three are the start variables
    /** Long: the new hire's person id */
    public static final String VAR_NEW_HIRE_ID = "newHireId";
    /** Long: the application that ended in the hire */
    public static final String VAR_APPLICATION_ID = "applicationId";
    /** String: the new hire's manager's username (confirms the mentor, hears about overdue mentor tasks) */
    public static final String VAR_MANAGER = "manager";
    /** Boolean: set by {@link #BEAN_SUGGEST_MENTORS}; false means nobody is eligible and the manager picks by hand */
    public static final String VAR_MENTOR_CANDIDATES_FOUND = "mentorCandidatesFound";
    /** String: the mentor's username, set by the confirm-mentor form */
    public static final String VAR_MENTOR = "mentor";
    /** Boolean: set by the accept-mentee form (and false by {@link #BEAN_RECORD_MENTEE_NO_ANSWER}) */
    public static final String VAR_MENTEE_ACCEPTED = "menteeAccepted";
    /** String, a {@link MentorTask} name: the element variable of {@link #SUB_PROCESS_MENTOR_TASKS} */
    public static final String VAR_MENTOR_TASK = "mentorTask";
    /** Boolean, set by {@link #BEAN_ASSIGN_COHORT} */
    public static final String VAR_NEEDS_VISA = "needsVisa";

    // --- beans the process calls
    /** Mentor calendar and deadlines: see {@link OnboardingDates} */
    public static final String BEAN_ONBOARDING_DATES = "onboardingDates";
    /** {@code Date travelDue(Long)}, {@code visaDue(Long)} from the seat: see {@link XSchoolDates} */
    public static final String BEAN_XSCHOOL_DATES = XSchoolDates.BEAN;
    public static final String BEAN_SUGGEST_MENTORS = "suggestMentors";
    public static final String BEAN_REMIND_MANAGER_TO_CONFIRM_MENTOR = "remindManagerToConfirmMentor";
    public static final String BEAN_TELL_TEAM_LEAD_MENTOR_UNCONFIRMED = "tellTeamLeadMentorUnconfirmed";
    public static final String BEAN_RECORD_MENTEE_NO_ANSWER = "recordMenteeNoAnswer";
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

    public static VariableMap startVariables(long newHireId, long applicationId, String manager) {
        return Variables.createVariables()
                .putValue(VAR_NEW_HIRE_ID, newHireId)
                .putValue(VAR_APPLICATION_ID, applicationId)
                .putValue(VAR_MANAGER, manager);
    }
}
