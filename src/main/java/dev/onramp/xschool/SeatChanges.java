package dev.onramp.xschool;

import dev.onramp.onboarding.CohortPlacement;
import dev.onramp.onboarding.OnboardingCalendar;
import dev.onramp.onboarding.OnboardingProcess;
import dev.onramp.people.PersonRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A seat that moves after onboarding placed it (the new hire defers, the start date changes): the person's
 * {@link OnboardingProcess} follows the new week, in the same transaction as the move. Its variables
 * ({@code cohortId}, {@code cohortStart}, {@code travelDue}, {@code visaDue}) are set again and the coordinator's
 * open travel and visa tasks get the new due dates. Without a running onboarding process only the seat moves.
 * When no later cohort has room, {@link NoCohortScheduledException} comes through and the seat is kept.
 */
@Service
class SeatChanges {

    private static final Logger log = LoggerFactory.getLogger(SeatChanges.class);

    private final XSchool xschool;
    private final CohortRepository cohorts;
    private final PersonRepository people;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final OnboardingCalendar calendar;

    SeatChanges(XSchool xschool, CohortRepository cohorts, PersonRepository people, RuntimeService runtime,
                TaskService tasks, OnboardingCalendar calendar) {
        this.xschool = xschool;
        this.cohorts = cohorts;
        this.people = people;
        this.runtime = runtime;
        this.tasks = tasks;
        this.calendar = calendar;
    }

    /** The new hire asks for a later week: the next cohort with room after their current one. */
    @Transactional(noRollbackFor = NoCohortScheduledException.class)
    public Assignment defer(long personId) {
        Assignment assignment = xschool.defer(personId);
        follow(personId, assignment);
        return assignment;
    }

    /**
     * A new start date: saved on the person and in their process even when no cohort fits it (then the seat is
     * kept and the coordinators are told), their checklist and mentor tasks moved with it, and the seat
     * re-evaluated against it.
     */
    @Transactional(noRollbackFor = NoCohortScheduledException.class)
    public Assignment changeStartDate(long personId, LocalDate startDate) {
        LocalDate previous = people.get(personId).startedOn();
        people.setStartedOn(personId, startDate);
        calendar.followStartDate(personId, previous);
        OnboardingProcess.running(runtime, personId).ifPresent(pi ->
                runtime.setVariable(pi.getId(), OnboardingProcess.VAR_START_DATE, OnboardingProcess.day(startDate)));
        Assignment assignment = xschool.reevaluate(personId, startDate);
        follow(personId, assignment);
        return assignment;
    }

    private void follow(long personId, Assignment assignment) {
        OnboardingProcess.running(runtime, personId).ifPresent(pi -> {
            CohortPlacement placement = XSchoolCohortAssignments.placement(assignment, cohorts.get(assignment.cohortId()));
            Map<String, Object> variables = new HashMap<>();
            variables.put(OnboardingProcess.VAR_COHORT_ID, placement.cohortId());
            variables.put(OnboardingProcess.VAR_COHORT_START, OnboardingProcess.day(placement.cohortStart()));
            variables.put(OnboardingProcess.VAR_TRAVEL_DUE, placement.travelDue());
            variables.put(OnboardingProcess.VAR_VISA_DUE, placement.visaDue());
            runtime.setVariables(pi.getId(), variables);
            for (Task task : tasks.createTaskQuery().processInstanceId(pi.getId())
                    .taskDefinitionKeyIn(OnboardingProcess.TASK_BOOK_TRAVEL, OnboardingProcess.TASK_VISA_LETTER).list()) {
                boolean travel = OnboardingProcess.TASK_BOOK_TRAVEL.equals(task.getTaskDefinitionKey());
                if (travel || placement.visaDue() != null) {
                    tasks.setDueDate(task.getId(), travel ? placement.travelDue() : placement.visaDue());
                }
            }
            log.info("X-School seat of person {} moved to cohort {}; onboarding {} follows", personId,
                    placement.cohortId(), pi.getId());
        });
    }
}
