package dev.onramp.onboarding;

import dev.onramp.people.OnrampUser;
import dev.onramp.tasklist.TaskList;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The onboarding task forms' access to their task: through {@link TaskList} on every request (404 when not
 * visible, 409 when done or someone else's), and only for a task of the form that is asking.
 */
@Service
class OnboardingTasks {

    private final TaskList taskList;
    private final TaskService tasks;
    private final MentoringRepository mentoring;
    private final Clock clock;

    OnboardingTasks(TaskList taskList, TaskService tasks, MentoringRepository mentoring, Clock clock) {
        this.taskList = taskList;
        this.tasks = tasks;
        this.mentoring = mentoring;
        this.clock = clock;
    }

    /** The open task, if {@code me} may work on it now and it belongs to {@code formKey}. */
    Task requireWorkable(String taskId, String formKey, OnrampUser me) {
        return taskList.requireWorkable(taskId, formKey, me);
    }

    long newHireId(Task task) {
        return (Long) tasks.getVariable(task.getId(), OnboardingProcess.VAR_NEW_HIRE_ID);
    }

    Object variable(Task task, String name) {
        return tasks.getVariable(task.getId(), name);
    }

    /** Which mentor task {@code task} is: the element variable of the mentor task block; empty for other tasks. */
    Optional<MentorTask> mentorTask(Task task) {
        if (!OnboardingProcess.TASK_MENTOR_TASK.equals(task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        return Optional.ofNullable((String) tasks.getVariable(task.getId(), OnboardingProcess.VAR_MENTOR_TASK))
                .map(MentorTask::valueOf);
    }

    /** Claims a group task for {@code me} (an assigned task stays as it is) and completes it. */
    void complete(Task task, OnrampUser me, Map<String, Object> variables) {
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), me.getUsername());
        }
        tasks.complete(task.getId(), variables);
    }

    /** The mentor declines: the reason stays in our table, the process suggests again without them. */
    @Transactional
    void declineMentee(Task task, OnrampUser me, String reason) {
        mentoring.insertDecline(newHireId(task), me.personId(), reason, clock.instant());
        complete(task, me, Map.of(OnboardingProcess.VAR_MENTEE_ACCEPTED, false));
    }

    /** The mentor completes one of their tasks, with what they ticked and wrote. */
    @Transactional
    void completeMentorTask(Task task, MentorTask kind, OnrampUser me, List<String> checked, String notes) {
        mentoring.insertMentorTaskRecord(task.getId(), newHireId(task), me.personId(), kind, checked, notes,
                clock.instant());
        complete(task, me, Map.of());
    }

    /** The coordinator has booked the travel or sent the visa letter. */
    @Transactional
    void completeCoordinatorTask(Task task, OnrampUser me, String note) {
        mentoring.insertCoordinatorTaskRecord(task.getId(), newHireId(task), task.getTaskDefinitionKey(), me.personId(),
                note, clock.instant());
        complete(task, me, Map.of());
    }
}
