package dev.onramp.onboarding;

import dev.onramp.people.OnrampUser;
import dev.onramp.tasklist.TaskList;
import dev.onramp.tasklist.TaskVariables;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The onboarding task forms' access to their task: through {@link TaskList} on every request (404 when not
 * visible, 409 when done or someone else's), and only for a task of the form that is asking.
 */
@Service
class OnboardingTasks {

    private final TaskList taskList;
    private final TaskVariables variables;
    private final MentoringRepository mentoring;
    private final Clock clock;

    OnboardingTasks(TaskList taskList, TaskVariables variables, MentoringRepository mentoring,
                    Clock clock) {
        this.taskList = taskList;
        this.variables = variables;
        this.mentoring = mentoring;
        this.clock = clock;
    }

    /** The open task, if {@code me} may work on it now and it belongs to {@code formKey}. */
    Task requireWorkable(String taskId, String formKey, OnrampUser me) {
        return taskList.requireWorkable(taskId, formKey, me);
    }

    long newHireId(Task task) {
        LongValue id = variables.require(task, OnboardingProcess.VAR_NEW_HIRE_ID);
        return id.getValue();
    }

    /** The username of the mentor the request went to ({@link OnboardingProcess#VAR_MENTOR}). */
    String mentor(Task task) {
        StringValue mentor = variables.require(task, OnboardingProcess.VAR_MENTOR);
        return mentor.getValue();
    }

    Object variable(Task task, String name) {
        return variables.value(task, name).orElse(null);
    }

    /** Which mentor task {@code task} is: the element variable of the mentor task block; empty for other tasks. */
    Optional<MentorTask> mentorTask(Task task) {
        if (!OnboardingProcess.TASK_MENTOR_TASK.equals(task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        return variables.<StringValue>typed(task, OnboardingProcess.VAR_MENTOR_TASK).map(StringValue::getValue)
                .map(MentorTask::valueOf);
    }

    /** Claims a group task for {@code me} (an assigned task stays as it is) and completes it. */
    void complete(Task task, OnrampUser me, Map<String, Object> variables) {
        taskList.complete(task, me, variables);
    }

    /**
     * The mentor accepts: the mentorship starts now, in the same transaction as the task's completion, if the mentor
     * is still under their mentee limit (checked under a lock on the mentor, see
     * {@link MentoringRepository#startMentorshipWithin}); at the limit nothing changes, the task stays open and the
     * answer is false. {@code Task_RecordMentorship} then finds the mentorship there and changes nothing.
     */
    @Transactional
    boolean acceptMentee(Task task, long mentorId, int menteeLimit, OnrampUser me) {
        if (!mentoring.startMentorshipWithin(newHireId(task), mentorId, menteeLimit, clock.instant())) {
            return false;
        }
        complete(task, me, Map.of(OnboardingProcess.VAR_MENTEE_ACCEPTED, true));
        return true;
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
