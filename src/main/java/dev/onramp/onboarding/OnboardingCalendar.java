package dev.onramp.onboarding;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.WorkingHours;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new hire's calendar follows their start date: the open checklist items keep their distance in working days
 * from it, and the open mentor tasks, their reminder and escalation timers and a later check-in's opening timer
 * move to the dates {@link OnboardingDates} gives for the new start. Done items and tasks keep their history;
 * tasks not created yet read the new date when they are.
 */
@Service
public class OnboardingCalendar {

    private static final Logger log = LoggerFactory.getLogger(OnboardingCalendar.class);

    private final PersonRepository people;
    private final ChecklistRepository checklist;
    private final OnboardingDates dates;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    OnboardingCalendar(PersonRepository people, ChecklistRepository checklist, OnboardingDates dates,
                       RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.people = people;
        this.checklist = checklist;
        this.dates = dates;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    /** The person's start date has moved from {@code previousStart} to the one now saved on them. */
    @Transactional
    public void followStartDate(long newHireId, LocalDate previousStart) {
        Person hire = people.get(newHireId);
        for (ChecklistItem item : checklist.items(newHireId)) {
            if (!item.done()) {
                LocalDate day = item.dueAt().atZone(hire.timeZone()).toLocalDate();
                int offset = WorkingHours.workingDaysBetween(previousStart, day);
                checklist.moveDue(item.id(), OnboardingDates.itemDue(hire.workingHours(), hire.startedOn(), offset));
            }
        }
        OnboardingProcess.running(runtime, newHireId).ifPresent(pi -> {
            for (Task task : tasks.createTaskQuery().processInstanceId(pi.getId()).list()) {
                MentorTask.ofTaskId(task.getTaskDefinitionKey()).ifPresent(kind ->
                        tasks.setDueDate(task.getId(), dates.due(newHireId, kind.name())));
            }
            for (MentorTask kind : MentorTask.values()) {
                moveTimers(pi, OnboardingProcess.timerDue(kind.taskId()), dates.due(newHireId, kind.name()));
                moveTimers(pi, OnboardingProcess.timerOverdue(kind.taskId()), dates.overdue(newHireId, kind.name()));
                moveTimers(pi, OnboardingProcess.timerOpens(kind.taskId()), dates.opens(newHireId, kind.name()));
            }
            log.info("Onboarding {} of person {} follows the new start date", pi.getId(), newHireId);
        });
    }

    private void moveTimers(ProcessInstance pi, String activityId, Date dueDate) {
        for (Job job : management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers().list()) {
            management.setJobDuedate(job.getId(), dueDate);
        }
    }
}
