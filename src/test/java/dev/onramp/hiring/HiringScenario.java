package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.RequisitionRepository.NewRequisition;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whole-app test steps for the hiring pipeline: a fresh requisition, a candidate added through the web form by
 * a recruiter, tasks and jobs of one application (by business key), and the notifications people got.
 */
public final class HiringScenario {

    public static final String CANDIDATE_NAME = "Ada Scenario";
    public static final String RESUME = "https://example.com/ada-cv";
    private static final Pattern APPLICATION_LOCATION = Pattern.compile("/applications/(\\d+)$");

    private final WebTest web;
    private final RequisitionRepository requisitions;
    private final ApplicationRepository applications;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final JdbcClient jdbc;
    private final Clock clock;

    public HiringScenario(ApplicationContext context) {
        this.web = context.getBean(WebTest.class);
        this.requisitions = context.getBean(RequisitionRepository.class);
        this.applications = context.getBean(ApplicationRepository.class);
        this.teams = context.getBean(TeamRepository.class);
        this.people = context.getBean(PersonRepository.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.tasks = context.getBean(TaskService.class);
        this.management = context.getBean(ManagementService.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.clock = context.getBean(Clock.class);
    }

    public Visitor signedIn(String username) {
        return web.signedIn(username);
    }

    /** A new open requisition of the team (its own hiring manager), so tests never share one. */
    public long openRequisition(String teamSlug) {
        Team team = teams.findBySlug(teamSlug).orElseThrow();
        return requisitions.insert(new NewRequisition(team.id(), "Scenario engineer " + UUID.randomUUID(),
                team.hiringManagerId(), "Anywhere", 1, "", personId("rita"), clock.instant()));
    }

    /** Rita adds a candidate through the form, which starts the hiring process; the application's id. */
    public long addCandidate(long requisitionId) {
        Visitor rita = signedIn("rita");
        Page added = rita.postForm("/requisitions/" + requisitionId + "/applications/new",
                "/requisitions/" + requisitionId + "/applications", Map.of(
                        "name", CANDIDATE_NAME, "email", UUID.randomUUID() + "@example.com", "zone", "Asia/Tokyo",
                        "country", "JP", "resumeUrl", RESUME, "source", "REFERRAL"));
        assertThat(added.status()).as(added.html()).isEqualTo(302);
        Matcher m = APPLICATION_LOCATION.matcher(added.location());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** An application inserted straight into the table, with no process: for tests that start one themselves. */
    public long insertApplication(long requisitionId) {
        return applications.insert(new ApplicationRepository.NewApplication(requisitionId, CANDIDATE_NAME,
                UUID.randomUUID() + "@example.com", "Asia/Tokyo", "JP", RESUME, Application.Source.INBOUND,
                personId("rita"), clock.instant()));
    }

    public String requisitionTitle(long requisitionId) {
        return requisitions.get(requisitionId).title();
    }

    public Application application(long id) {
        return applications.get(id);
    }

    /** The open task of this kind of any process of the application (hiring process, loop, stage), or null. */
    public Task openTask(long applicationId, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(HiringProcess.businessKey(applicationId))
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    public long openTaskCount(long applicationId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(HiringProcess.businessKey(applicationId)).count();
    }

    public List<ProcessInstance> runningProcesses(long applicationId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(HiringProcess.businessKey(applicationId))
                .list();
    }

    /** Runs the application's async continuations (the job executor is off in these tests) until none are left. */
    public void runAsyncJobs(long applicationId) {
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = runningProcesses(applicationId).stream()
                    .flatMap(pi -> management.createJobQuery().processInstanceId(pi.getId()).messages().list().stream())
                    .toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("async jobs keep coming for application " + applicationId);
    }

    /** The timer job of this activity in the application's processes. */
    public Job timer(long applicationId, String activityId) {
        return runningProcesses(applicationId).stream()
                .flatMap(pi -> management.createJobQuery().processInstanceId(pi.getId()).timers()
                        .activityId(activityId).list().stream())
                .findFirst().orElseThrow(() -> new AssertionError("no timer " + activityId));
    }

    public void execute(Job job) {
        management.executeJob(job.getId());
    }

    public long personId(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }

    /** The message keys of the notifications a person got with this link. */
    public List<String> notifications(String username, String link) {
        return jdbc.sql("SELECT message_key FROM notification WHERE person_id = ? AND link = ? ORDER BY id")
                .params(personId(username), link).query(String.class).list();
    }

    /** The arguments of a person's notifications with this link, as stored. */
    public List<String> notificationArgs(String username, String link) {
        return jdbc.sql("SELECT args FROM notification WHERE person_id = ? AND link = ? ORDER BY id")
                .params(personId(username), link).query(String.class).list();
    }
}
