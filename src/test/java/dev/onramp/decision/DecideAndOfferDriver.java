package dev.onramp.decision;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.HiringProcess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Drives DecideAndOffer in whole-app tests (job executor off): starts an instance for a fresh application of the
 * Beats team (hiring manager hank) at any element, runs its jobs, finds its tasks. {@link #cleanUp()} removes the
 * instances it started that still run, so their tasks do not show in other tests' task lists.
 */
public final class DecideAndOfferDriver {

    public static final String TEAM = "beats";
    public static final String HIRING_MANAGER = "hank";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final List<String> started = new ArrayList<>();

    public DecideAndOfferDriver(RuntimeService runtime, TaskService tasks, ManagementService management,
                                HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
    }

    /** An application id no other test uses (the shared database keeps every test's rows). */
    public static long freshApplicationId() {
        return ThreadLocalRandom.current().nextLong(1_000_000L, 1_000_000_000L);
    }

    /**
     * A real application (the decision's pages name its candidate) on the demo organisation's first requisition,
     * added by {@code createdBy}; answers its id.
     */
    public static long freshApplication(ApplicationRepository applications, long createdBy) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        return applications.insert(new ApplicationRepository.NewApplication(1L, "Decision Candidate " + key,
                "decision-" + key + "@example.com", "Europe/Lisbon", "PT", null, Application.Source.REFERRAL,
                createdBy, Instant.now()));
    }

    /** A new instance, as the hiring process starts it; waits before the voting rule. */
    public ProcessInstance start(long applicationId) {
        return remember(runtime.startProcessInstanceByKey(DecideAndOffer.KEY, HiringProcess.businessKey(applicationId),
                Variables.createVariables()
                        .putValue(DecideAndOffer.VAR_APPLICATION_ID, applicationId)
                        .putValue(DecideAndOffer.VAR_REQUISITION_ID, 1L)
                        .putValue(DecideAndOffer.VAR_TEAM, TEAM)
                        .putValue(DecideAndOffer.VAR_HIRING_MANAGER, HIRING_MANAGER)));
    }

    /** A new instance waiting at {@code activityId}, as if everything before it had happened. */
    public ProcessInstance startAt(String activityId, long applicationId) {
        return remember(runtime.createProcessInstanceByKey(DecideAndOffer.KEY)
                .businessKey(HiringProcess.businessKey(applicationId))
                .setVariable(DecideAndOffer.VAR_APPLICATION_ID, applicationId)
                .setVariable(DecideAndOffer.VAR_REQUISITION_ID, 1L)
                .setVariable(DecideAndOffer.VAR_TEAM, TEAM)
                .setVariable(DecideAndOffer.VAR_HIRING_MANAGER, HIRING_MANAGER)
                .startBeforeActivity(activityId)
                .execute());
    }

    /** Deletes the started instances that still run (with the stages they called). */
    public void cleanUp() {
        started.forEach(id -> runtime.deleteProcessInstanceIfExists(id, "test over", true, true, true, false));
        started.clear();
    }

    private ProcessInstance remember(ProcessInstance pi) {
        started.add(pi.getId());
        return pi;
    }

    /** Runs the job of {@code activityId} (an async step or a timer) as the job executor would. */
    public void runJob(ProcessInstance pi, String activityId) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
        if (job == null) {
            throw new AssertionError("no job at " + activityId + " in " + pi.getId());
        }
        management.executeJob(job.getId());
    }

    public Task task(ProcessInstance pi, String taskDefinitionKey) {
        Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskDefinitionKey)
                .singleResult();
        if (task == null) {
            throw new AssertionError("no task " + taskDefinitionKey + " in " + pi.getId());
        }
        return task;
    }

    public boolean isWaitingAt(ProcessInstance pi, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskDefinitionKey).count() == 1;
    }

    public boolean isEnded(ProcessInstance pi) {
        return runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0;
    }

    /** The decision the instance returned, once it has ended. */
    public Object decision(ProcessInstance pi) {
        HistoricVariableInstance decision = history.createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName(DecideAndOffer.VAR_DECISION).singleResult();
        return decision == null ? null : decision.getValue();
    }
}
