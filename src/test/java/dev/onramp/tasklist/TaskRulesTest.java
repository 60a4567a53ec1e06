package dev.onramp.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.decision.DecideAndOffer;
import dev.onramp.decision.DecideAndOfferDriver;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may release and reassign a task ({@link TaskList}): a task claimed from a group goes back to it, a task
 * assigned by name stays; only an admin reassigns, to someone who may hold the task, and it is published.
 */
@OnrampAppTest
class TaskRulesTest {

    @Autowired
    WebTest web;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    PersonRepository people;
    @Autowired
    ReassignmentsHeard heard;
    @Autowired
    JdbcClient jdbc;

    DecideAndOfferDriver driver;

    @BeforeEach
    void driver() {
        driver = new DecideAndOfferDriver(runtime, tasks, management, history);
    }

    @AfterEach
    void cleanUp() {
        driver.cleanUp();
    }

    /** A debrief, assigned by name to the requisition's hiring manager (hank). */
    private Task debrief() {
        return driver.task(driver.startAt(DecideAndOffer.TASK_DEBRIEF, freshApplication()), DecideAndOffer.TASK_DEBRIEF);
    }

    /** Preparing an offer: a task of the recruiters' group, claimed by rita. */
    private Task offerClaimedByRita() {
        Task task = driver.task(driver.startAt(DecideAndOffer.TASK_PREPARE_OFFER, freshApplication()),
                DecideAndOffer.TASK_PREPARE_OFFER);
        assertThat(web.signedIn("rita").post("/tasks/" + task.getId() + "/claim", Map.of()).status()).isEqualTo(302);
        return task;
    }

    private long freshApplication() {
        return DecideAndOfferDriver.freshApplication(applications, people.findByUsername("rita").orElseThrow().id());
    }

    private String assignee(Task task) {
        return tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
    }

    @Test
    void shouldRefuseToReleaseATaskAssignedByNameAndOfferNoUnclaimButtonForIt() {
        Task debrief = debrief();
        WebTest.Visitor hank = web.signedIn("hank");

        Page list = hank.get("/tasks?show=mine");
        assertThat(list.has("tr[data-task-id=" + debrief.getId() + "]")).isTrue();
        assertThat(list.has("tr[data-task-id=" + debrief.getId() + "] form[action$=/unclaim]")).isFalse();
        assertThat(hank.post("/tasks/" + debrief.getId() + "/unclaim", Map.of()).status()).isEqualTo(403);
        assertThat(assignee(debrief)).isEqualTo("hank");
        assertThat(web.signedIn("admin").post("/tasks/" + debrief.getId() + "/claim", Map.of()).status())
                .as("an admin cannot take it either").isEqualTo(409);
        assertThat(assignee(debrief)).isEqualTo("hank");
    }

    @Test
    void shouldReleaseATaskClaimedFromItsGroup() {
        Task offer = offerClaimedByRita();
        WebTest.Visitor rita = web.signedIn("rita");

        String type = tasks.createTaskQuery().taskId(offer.getId()).initializeFormKeys().singleResult().getFormKey();
        assertThat(rita.get("/tasks?show=mine&type=" + type)
                .has("tr[data-task-id=" + offer.getId() + "] form[action$=/unclaim]")).isTrue();
        assertThat(rita.post("/tasks/" + offer.getId() + "/unclaim", Map.of()).status()).isEqualTo(302);
        assertThat(assignee(offer)).isNull();
    }

    @Test
    void shouldKeepAnAdminFromTheDebriefEvenThroughAReassignment() {
        Task debrief = debrief();
        WebTest.Visitor admin = web.signedIn("admin");
        String form = "/tasks/" + debrief.getId() + "/reassign";

        assertThat(admin.get("/tasks/" + debrief.getId() + "/debrief").status()).isEqualTo(409);
        Page toAdmin = admin.postForm(form, form, Map.of("username", "admin"));
        assertThat(toAdmin.status()).isEqualTo(200);
        assertThat(toAdmin.text("#username-error")).contains("may not hold this task");
        Page toRecruiter = admin.postForm(form, form, Map.of("username", "rita"));
        assertThat(toRecruiter.text("#username-error")).contains("may not hold this task");
        assertThat(assignee(debrief)).isEqualTo("hank");
        assertThat(admin.get(form).select("#username option").eachAttr("value"))
                .as("only the requisition's hiring manager may hold it, and he does").containsExactly("");
        assertThat(heard.of(debrief.getId())).isEmpty();
    }

    @Test
    void shouldLetAnAdminReassignAGroupTaskToSomeoneOfTheGroupAndPublishIt() {
        Task offer = offerClaimedByRita();
        WebTest.Visitor admin = web.signedIn("admin");
        String form = "/tasks/" + offer.getId() + "/reassign";

        String type = tasks.createTaskQuery().taskId(offer.getId()).initializeFormKeys().singleResult().getFormKey();
        assertThat(admin.get("/tasks?type=" + type).has("tr[data-task-id=" + offer.getId() + "] a.reassign-link"))
                .as("among the offers to prepare (My tasks shows 50 a page)").isTrue();
        Page page = admin.get(form);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#task-holder")).contains("Rita Recruiter");
        assertThat(page.select("#username option").eachAttr("value")).contains("rafael").doesNotContain("rita", "ivan", "admin");

        Page response = admin.postForm(form, form, Map.of("username", "rafael"));

        assertThat(response.status()).isEqualTo(302);
        assertThat(admin.follow(response).flash()).contains("The task was reassigned.");
        assertThat(assignee(offer)).isEqualTo("rafael");
        assertThat(heard.of(offer.getId())).singleElement().satisfies(e -> {
            assertThat(e.taskName()).isEqualTo(offer.getName());
            assertThat(e.fromUsername()).isEqualTo("rita");
            assertThat(e.toUsername()).isEqualTo("rafael");
            assertThat(e.byUsername()).isEqualTo("admin");
            assertThat(e.at()).isNotNull();
        });
        assertThat(jdbc.sql("SELECT actor || ' ' || detail FROM audit_log WHERE action = 'task.reassigned' AND subject_id = ?")
                .param(offer.getId()).query(String.class).list()).containsExactly("admin from rita to rafael");
    }

    @Test
    void shouldRefuseAReassignmentToSomeoneUnfitUnknownOrTheSameWithAFieldMessage() {
        Task offer = offerClaimedByRita();
        WebTest.Visitor admin = web.signedIn("admin");
        String form = "/tasks/" + offer.getId() + "/reassign";

        assertThat(admin.postForm(form, form, Map.of("username", "ivan")).text("#username-error"))
                .contains("may not hold this task");
        assertThat(admin.postForm(form, form, Map.of("username", "nobody-here")).text("#username-error"))
                .contains("Choose one of the people in the list.");
        assertThat(admin.postForm(form, form, Map.of("username", "rita")).text("#username-error"))
                .contains("holds the task already");
        assertThat(admin.postForm(form, form, Map.of("username", "")).text("#username-error"))
                .contains("Choose the person who gets the task.");
        assertThat(assignee(offer)).isEqualTo("rita");
        assertThat(heard.of(offer.getId())).isEmpty();
    }

    @Test
    void shouldLetNobodyButAnAdminReassign() {
        Task offer = offerClaimedByRita();
        String form = "/tasks/" + offer.getId() + "/reassign";

        for (String username : new String[] {"rita", "rafael", "hank", "ivan"}) {
            assertThat(web.signedIn(username).get(form).status()).as(username).isEqualTo(403);
            assertThat(web.signedIn(username).post(form, Map.of("username", "rafael")).status()).as(username)
                    .isEqualTo(403);
        }
        assertThat(web.signedIn("rita").get("/tasks").has("a.reassign-link")).isFalse();
        assertThat(assignee(offer)).isEqualTo("rita");
        assertThat(heard.of(offer.getId())).isEmpty();
    }
}
