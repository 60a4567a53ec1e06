package dev.onramp.interview;

import dev.onramp.people.Person;
import dev.onramp.tasklist.TaskHolders;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.springframework.stereotype.Component;

/** A feedback task is held by a member of its interview's panel, nobody else (not even an admin). */
@Component
class PanelHoldsFeedback implements TaskHolders {

    private final TaskService tasks;
    private final InterviewRepository interviews;

    PanelHoldsFeedback(TaskService tasks, InterviewRepository interviews) {
        this.tasks = tasks;
        this.interviews = interviews;
    }

    @Override
    public boolean decides(Task task) {
        return InterviewStage.TASK_SUBMIT_FEEDBACK.equals(task.getTaskDefinitionKey());
    }

    @Override
    public boolean mayHold(Task task, Person person) {
        LongValue interviewId = tasks.getVariableTyped(task.getId(), InterviewStage.VAR_INTERVIEW_ID);
        return interviewId != null && interviewId.getValue() != null
                && interviews.panelUsernames(interviewId.getValue()).contains(person.username());
    }
}
