package dev.onramp.decision;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.people.OnrampUser;
import dev.onramp.tasklist.TaskList;
import dev.onramp.tasklist.TaskVariables;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/**
 * The user tasks of {@link DecideAndOffer} as their forms see them: loaded through {@link TaskList} (404 when
 * not visible, 409 when done or claimed by someone else), of the kind the form expects (a task id from another
 * form is a 404 too), their variables read typed, and completed in the name of the person who submitted.
 */
@Component
public class DecideAndOfferTasks {

    private final TaskList taskList;
    private final TaskVariables variables;
    private final ApplicationRepository applications;

    public DecideAndOfferTasks(TaskList taskList, TaskVariables variables,
                               ApplicationRepository applications) {
        this.taskList = taskList;
        this.variables = variables;
        this.applications = applications;
    }

    /** The open task {@code taskId}, which must belong to the DecideAndOffer form {@code formKey}. */
    public Task require(String taskId, OnrampUser me, String formKey) {
        return taskList.requireWorkable(taskId, formKey, me);
    }

    public long applicationId(Task task) {
        return longVariable(task, DecideAndOffer.VAR_APPLICATION_ID);
    }

    /** The application the task decides on, for the page to name the candidate. */
    public Application application(Task task) {
        return applications.get(applicationId(task));
    }

    public String team(Task task) {
        StringValue team = variables.require(task, DecideAndOffer.VAR_TEAM);
        return team.getValue();
    }

    /** The offer the recruiter wrote; only for tasks after {@code Task_PrepareOffer}. */
    public long offerId(Task task) {
        return longVariable(task, DecideAndOffer.VAR_OFFER_ID);
    }

    /** Completes the task as {@code me} (claiming it first, so the history says who did it). */
    public void complete(Task task, OnrampUser me, Map<String, Object> variables) {
        taskList.complete(task, me, variables);
    }

    private long longVariable(Task task, String name) {
        LongValue value = variables.require(task, name);
        return value.getValue();
    }
}
