package dev.onramp.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.util.Date;
import java.util.List;
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
import org.jsoup.nodes.Element;
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

        Page all = rita.get("/tasks");
        assertThat(rows(all)).as("sorted by due date").containsSubsequence(beats, kibana);
        assertThat(all.texts("#filter-team option")).as("only known teams are offered")
                .noneMatch(option -> option.startsWith(teamA));
        assertThat(all.texts("#filter-type option")).as("options not chosen are not counted").contains("Screening");
        assertThat(row(all, beats).hasClass("overdue")).isTrue();
        assertThat(row(all, kibana).hasClass("overdue")).isFalse();

        Page beatsOnly = rita.get("/tasks?team=" + teamA);
        assertThat(rows(beatsOnly)).contains(beats).doesNotContain(kibana);
        assertThat(beatsOnly.texts("#filter-team option")).as("the chosen team stays on offer").contains(teamA + " (1)");
        assertThat(beatsOnly.text("#task-matching")).startsWith("1 ");
        Page byRequisition = rita.get("/tasks?requisition=" + requisitionB);
        assertThat(rows(byRequisition)).contains(kibana).doesNotContain(beats);
        assertThat(byRequisition.texts("#filter-requisition option")).contains("#" + requisitionB + " (1)");
        assertThat(rita.get("/tasks?requisition=not-a-number").status()).isEqualTo(200);
    }

    /** The ids of the tasks listed, in order. */
    private static List<String> rows(Page page) {
        return page.select("#task-table tr[data-task-id]").eachAttr("data-task-id");
    }

    private static Element row(Page page, String taskId) {
        return page.one("#task-table tr[data-task-id=\"" + taskId + "\"]");
    }

    @Test
    void shouldSayWhomATaskIsAbout() {
        long mia = people.findByUsername("mia").orElseThrow().id();
        String pi = runtime.startProcessInstanceByKey(KEY, Map.of("team", "beats", "requisitionId", 1L,
                "due", new Date(), "newHireId", mia)).getId();
        String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
        Visitor rita = webTest.signedIn("rita");
        assertThat(row(rita.get("/tasks?team=beats"), task).text()).contains("for Mia Novak");
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
        assertThat(row(rafael.get("/tasks?team=cloud"), task).text()).contains("Rita Recruiter");
        Page takeOver = rafael.postForm("/tasks", "/tasks/" + task + "/claim", Map.of());
        assertThat(takeOver.status()).isEqualTo(409);
        assertThat(takeOver.text("#task-unavailable")).contains("is claimed by rita");
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
        assertThat(response.text("#task-unavailable")).contains("is already done");
    }
}
