package dev.onramp.interview;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.ApplicationRepository.NewApplication;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.Requisition;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Brings a new candidate of a demo team to the first stage of the team's loop in the real engine of a
 * whole-app test (job executor off): start the hiring process, screen them in, run the loop's async start.
 * Not a component (test classes are on the scanned classpath): {@code @OnrampAppTest} imports it.
 */
public class CandidateJourney {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ApplicationRepository applications;
    private final RequisitionRepository requisitions;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final Clock clock;

    public CandidateJourney(ApplicationRepository applications, RequisitionRepository requisitions, TeamRepository teams,
                     PersonRepository people, RuntimeService runtime, TaskService tasks, ManagementService management,
                     Clock clock) {
        this.applications = applications;
        this.requisitions = requisitions;
        this.teams = teams;
        this.people = people;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.clock = clock;
    }

    /** A new candidate of the team, screened in; answers the application once its first stage task is open. */
    public Application atFirstStage(String teamSlug, String candidateName, String candidateZone) {
        Team team = teams.findBySlug(teamSlug).orElseThrow();
        Requisition requisition = requisitions.findAll().stream()
                .filter(r -> r.teamId() == team.id() && r.isOpen()).findFirst().orElseThrow();
        Person rita = people.findByUsername("rita").orElseThrow();
        String email = "candidate-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@example.com";
        long id = applications.insert(new NewApplication(requisition.id(), candidateName, email, candidateZone, "IN",
                "https://example.com/cv/" + id(candidateName), Application.Source.INBOUND, rita.id(),
                clock.instant()));
        String hiringManager = people.get(requisition.hiringManagerId()).username();
        String instance = runtime.startProcessInstanceByKey(HiringProcess.KEY, HiringProcess.businessKey(id),
                HiringProcess.startVariables(id, requisition.id(), team.slug(), team.loopProcessKey(), hiringManager))
                .getId();
        applications.setProcessInstanceId(id, instance);
        Task screen = tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(HiringProcess.TASK_SCREEN).singleResult();
        tasks.complete(screen.getId(), Map.of(HiringProcess.VAR_SCREENING, HiringProcess.SCREENING_ADVANCE));
        Job loop = management.createJobQuery().processInstanceId(instance)
                .activityId(HiringProcess.CALL_ACTIVITY_TEAM_LOOP).singleResult();
        management.executeJob(loop.getId());
        return applications.get(id);
    }

    /** The open task of the application's stages with this task definition key. */
    public Task stageTask(Application application, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(HiringProcess.businessKey(application.id()))
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    private static String id(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
