package dev.onramp.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.util.Date;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The task list: groups' tasks, filters with counts, overdue, claim and unclaim, claimed by someone else. */
@OnrampAppTest
class TaskListTest {

    static final String KEY = "TaskListTestProcess";

    @Autowired
    WebTest webTest;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    dev.onramp.people.PersonRepository people;

    String deploymentId;

    @BeforeEach
    void deploy() {
        deploymentId = repository.createDeployment().name("task-list-test")
                .addModelInstance("task-list-test.bpmn", Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_TestScreen").name("Screen test candidate")
                        .camundaCandidateGroups("recruiter").camundaFormKey("screen").camundaDueDate("${due}")
                        .endEvent().done())
                .deploy().getId();
    }

    @AfterEach
    void undeploy() {
        repository.deleteDeployment(deploymentId, true);
    }

    private String start(String team, long requisitionId, Date due) {
        String pi = runtime.startProcessInstanceByKey(KEY, Map.of("team", team, "requisitionId", requisitionId, "due", due)).getId();
        return tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
    }

    @Test
    void shouldListGroupTasksWithFiltersCountsAndOverdue() {
        // teams and requisitions of their own, so tasks other tests leave in the shared database don't count here
        String teamA = "team-a-" + UUID.randomUUID();
        String teamB = "team-b-" + UUID.randomUUID();
        long requisitionB = 900_000_000L + new Random().nextInt(1_000_000);
        String beats = start(teamA, 1L, Date.from(java.time.Instant.now().minusSeconds(3600)));
        String kibana = start(teamB, requisitionB, Date.from(java.time.Instant.now().plusSeconds(86400)));
        Visitor rita = webTest.signedIn("rita");

        String all = rita.get("/tasks").html();
        assertThat(all).contains("data-task-id=\"" + beats + "\"").contains("data-task-id=\"" + kibana + "\"");
        assertThat(all).contains(teamA + " (1)").contains(teamB + " (1)").contains("#" + requisitionB + " (1)")
                .contains("Screening (");
        assertThat(row(all, beats)).contains("overdue");
        assertThat(row(all, kibana)).doesNotContain("overdue");
        assertThat(all.indexOf(beats)).as("sorted by due date").isLessThan(all.indexOf(kibana));

        String beatsOnly = rita.get("/tasks?team=" + teamA).html();
        assertThat(beatsOnly).contains(beats).doesNotContain("data-task-id=\"" + kibana + "\"");
        String byRequisition = rita.get("/tasks?requisition=" + requisitionB).html();
        assertThat(byRequisition).contains(kibana).doesNotContain("data-task-id=\"" + beats + "\"");
        assertThat(rita.get("/tasks?requisition=not-a-number").status()).isEqualTo(200);
    }

    private static String row(String html, String taskId) {
        var m = java.util.regex.Pattern.compile("<tr[^>]*data-task-id=\"" + taskId + "\"[^>]*>").matcher(html);
        assertThat(m.find()).as("row of task " + taskId).isTrue();
        return m.group();
    }

    @Test
    void shouldSayWhomATaskIsAbout() {
        long mia = people.findByUsername("mia").orElseThrow().id();
        String pi = runtime.startProcessInstanceByKey(KEY, Map.of("team", "beats", "requisitionId", 1L,
                "due", new Date(), "newHireId", mia)).getId();
        String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
        Visitor rita = webTest.signedIn("rita");
        String html = rita.get("/tasks?team=beats").html();
        int row = html.indexOf("data-task-id=\"" + task + "\"");
        assertThat(row).isPositive();
        assertThat(html.substring(row, html.indexOf("</tr>", row))).contains("for Mia Novak");
    }

    @Test
    void shouldHideGroupTasksFromPeopleOutsideTheGroup() {
        String task = start("beats", 1L, new Date());
        Visitor ivan = webTest.signedIn("ivan");
        assertThat(ivan.get("/tasks").html()).doesNotContain(task);
        assertThat(ivan.get("/tasks/" + task).status()).isEqualTo(404);
        assertThat(ivan.get("/tasks/no-such-task").status()).isEqualTo(404);
    }

    @Test
    void shouldClaimAndShowWhoHasAClaimedTask() {
        String task = start("cloud", 4L, new Date());
        Visitor rita = webTest.signedIn("rita");
        Page claimed = rita.postForm("/tasks", "/tasks/" + task + "/claim", Map.of());
        assertThat(claimed.status()).isEqualTo(302);
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("rita");

        Visitor rafael = webTest.signedIn("rafael");
        assertThat(rafael.get("/tasks?team=cloud").html()).contains("Rita Recruiter");
        Page takeOver = rafael.postForm("/tasks", "/tasks/" + task + "/claim", Map.of());
        assertThat(takeOver.status()).isEqualTo(409);
        assertThat(takeOver.html()).contains("is claimed by rita");
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("rita");

        rita.postForm("/tasks", "/tasks/" + task + "/unclaim", Map.of());
        Task released = tasks.createTaskQuery().taskId(task).singleResult();
        assertThat(released.getAssignee()).isNull();
    }

    @Test
    void shouldSayATaskIsAlreadyDone() {
        String task = start("ml", 6L, new Date());
        tasks.complete(task);
        Visitor rita = webTest.signedIn("rita");
        Page response = rita.get("/tasks/" + task);
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.html()).contains("is already done");
    }
}
