package dev.onramp.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.SlaDates;
import dev.onramp.hiring.SlaProperties;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The bare Camunda engine on the benchmark's database: a plain {@link StandaloneProcessEngineConfiguration}, no
 * Spring, no job executor, the app's engine settings (full history, UUIDs, acquisition by due date). It runs the
 * process definitions the app deployed from {@code processes/}; the beans the hiring model names are the app's own
 * {@link SlaDates} and do-nothing delegates (they only run from jobs, which this engine never executes).
 */
final class BareEngine implements AutoCloseable {

    static final String BUSINESS_KEY_PREFIX = "bench-bare-";

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;

    private BareEngine(HikariDataSource dataSource, ProcessEngine engine) {
        this.dataSource = dataSource;
        this.engine = engine;
    }

    static BareEngine on(String jdbcUrl) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl);
        // the threads of the benchmark and no more: the server's connections are shared
        pool.setMaximumPoolSize(17);
        pool.setMinimumIdle(2);
        HikariDataSource dataSource = new HikariDataSource(pool);
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setProcessEngineName("bare");
        config.setDataSource(dataSource);
        config.setDatabaseSchemaUpdate("false");
        config.setHistory("full");
        config.setIdGenerator(new StrongUuidGenerator());
        config.setJobExecutorActivate(false);
        config.setJobExecutorAcquireByDueDate(true);
        config.setEnforceHistoryTimeToLive(true);
        config.setHistoryTimeToLive("P180D");
        JavaDelegate nothing = execution -> { };
        Map<Object, Object> beans = new HashMap<>();
        beans.put(HiringProcess.BEAN_SLA_DATES, new SlaDates(Clock.systemUTC(), new SlaProperties()));
        for (String name : List.of(HiringProcess.BEAN_REMIND_TASK, HiringProcess.BEAN_ESCALATE_TASK,
                HiringProcess.BEAN_RECORD_REJECTION, HiringProcess.BEAN_HAND_OFF_TO_ONBOARDING,
                HiringProcess.BEAN_RECORD_WITHDRAWAL)) {
            beans.put(name, nothing);
        }
        config.setBeans(beans);
        return new BareEngine(dataSource, config.buildProcessEngine());
    }

    /** What the app's {@code CamundaApplicationProcesses.start} does, for application number {@code -n}. */
    String start(int n, long requisitionId) {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(HiringProcess.KEY,
                BUSINESS_KEY_PREFIX + n, HiringProcess.startVariables(-n, requisitionId, "beats", "BeatsLoop", "hank"));
        return instance.getId();
    }

    /** What the app's screening form does: take the task, complete it with the screening outcome. */
    void screen(String taskId) {
        engine.getTaskService().setAssignee(taskId, "rita");
        engine.getTaskService().complete(taskId, Variables.createVariables()
                .putValue(HiringProcess.VAR_SCREENING, HiringProcess.SCREENING_REJECT));
    }

    /** Up to {@code max} open screening tasks of processes whose business key starts with {@code prefix}. */
    List<String> screeningTasks(String prefix, int max) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(HiringProcess.KEY)
                .taskDefinitionKey(HiringProcess.TASK_SCREEN).processInstanceBusinessKeyLike(prefix + "%")
                .taskUnassigned().listPage(0, max).stream().map(Task::getId).toList();
    }

    /** The first page of a candidate group's tasks by due date, as a task list would show it. */
    void candidateGroupPage(String group) {
        engine.getTaskService().createTaskQuery().taskCandidateGroup(group).orderByDueDate().asc().listPage(0, 50);
    }

    void candidateGroupCount(String group) {
        engine.getTaskService().createTaskQuery().taskCandidateGroup(group).count();
    }

    /**
     * Jobs of the screening's rejection step are created suspended from now on (the app's too), so that the app's job
     * executor (same database) never runs the step for this engine's instances; {@link #resumeJobs()} undoes it.
     */
    void suspendRejectionJobs() {
        for (String id : rejectionJobDefinitions()) {
            engine.getManagementService().suspendJobDefinitionById(id, false);
        }
    }

    /** Undoes {@link #suspendRejectionJobs()}, with the jobs created meanwhile (this engine's are deleted by then). */
    void resumeJobs() {
        for (String id : rejectionJobDefinitions()) {
            engine.getManagementService().activateJobDefinitionById(id, true);
        }
    }

    private List<String> rejectionJobDefinitions() {
        return engine.getManagementService().createJobDefinitionQuery().activityIdIn(HiringProcess.TASK_RECORD_REJECTION)
                .list().stream().map(d -> d.getId()).toList();
    }

    /** Deletes the instances this engine started (and their jobs), so that the app never runs them. */
    void deleteOwnInstances() {
        List<String> ids = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKeyLike(BUSINESS_KEY_PREFIX + "%").list().stream()
                .map(ProcessInstance::getId).toList();
        for (String id : ids) {
            for (int attempt = 0; attempt < 5; attempt++) {
                try {
                    engine.getRuntimeService().deleteProcessInstance(id, "benchmark", true, true);
                    break;
                } catch (ProcessEngineException e) {
                    // the app's job executor held its job a moment: try again
                }
            }
        }
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }
}
