package dev.onramp.interview;

import dev.onramp.people.Person;
import dev.onramp.tasklist.TaskHolders;
import dev.onramp.tasklist.TaskVariables;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.springframework.stereotype.Component;

/** A feedback task is held by a member of its interview's panel, nobody else (not even an admin). */
@Component
class PanelHoldsFeedback implements TaskHolders {

    private final TaskVariables variables;
    private final InterviewRepository interviews;

    PanelHoldsFeedback(TaskVariables variables, InterviewRepository interviews) {
        this.variables = variables;
        this.interviews = interviews;
    }

    @Override
    public boolean decides(Task task) {
        return InterviewStage.TASK_SUBMIT_FEEDBACK.equals(task.getTaskDefinitionKey());
    }

    @Override
    public boolean mayHold(Task task, Person person) {
        LongValue interviewId = variables.<LongValue>typed(task, InterviewStage.VAR_INTERVIEW_ID).orElse(null);
        return interviewId != null && interviewId.getValue() != null
                && interviews.panelUsernames(interviewId.getValue()).contains(person.username());
    }
}
