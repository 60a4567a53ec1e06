package dev.onramp.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * My tasks with more tasks than a page (a page of 3, asked for with {@code size=3}): filters, counts and keyset
 * paging done in the query, right across pages; tampered parameters get a sane page, never a 5xx nor someone
 * else's task. Each test's tasks carry a team key and requisitions of their own, so tasks other tests leave in the
 * shared database don't count here.
 */
@OnrampAppTest
class TaskPagesTest {

    static final String KEY = "TaskPagesTestProcess";

    @Autowired
    WebTest webTest;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskSearch search;
    @Autowired
    PersonRepository people;

    private String deploymentId;
    private String team;
    private long requisitionA;
    private long requisitionB;
    /** The tasks started, in the list's order (due date, then id; no due date last). */
    private List<String> expected;
    private final Map<String, Long> requisitionOf = new HashMap<>();

    @BeforeEach
    void startSevenTasksInTwoRequisitions() {
        deploymentId = repository.createDeployment().name("task-pages-test")
                .addModelInstance("task-pages-test.bpmn", Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_PagesTestScreen").name("Screen paged candidate")
                        .camundaCandidateGroups("recruiter").camundaFormKey("screen").camundaDueDate("${due}")
                        .endEvent().done())
                .deploy().getId();
        team = "pages-" + UUID.randomUUID();
        requisitionA = 800_000_000L + new Random().nextInt(1_000_000);
        requisitionB = requisitionA + 1_000_000;
        Instant base = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Instant> due = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            // pairs share a due date (the id decides between them); the last has none
            Instant when = i == 6 ? null : base.plus(i / 2, ChronoUnit.HOURS);
            long requisition = i % 2 == 0 ? requisitionA : requisitionB;
            Map<String, Object> vars = new HashMap<>();
            vars.put("team", team);
            vars.put("requisitionId", requisition);
            vars.put("due", when == null ? null : Date.from(when));
            String pi = runtime.startProcessInstanceByKey(KEY, vars).getId();
            String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
            due.put(task, when);
            requisitionOf.put(task, requisition);
        }
        expected = due.keySet().stream().sorted(Comparator.comparing((String t) -> due.get(t),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Comparator.naturalOrder())).toList();
    }

    @AfterEach
    void undeploy() {
        repository.deleteDeployment(deploymentId, true);
    }

    @Test
    void shouldWalkEveryTaskOfAFilterOnceInDueDateOrderAcrossPagesAndBack() {
        Visitor rita = webTest.signedIn("rita");
        List<Page> pages = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Page page = get(rita, "/tasks?size=3&team=" + team);
        assertThat(page.text("#task-matching")).startsWith("7 ");
        assertThat(page.select("#tasks-previous")).isEmpty();
        while (true) {
            pages.add(page);
            seen.addAll(rows(page));
            assertThat(rows(page).size()).isLessThanOrEqualTo(3);
            if (page.select("#tasks-next").isEmpty()) {
                break;
            }
            page = get(rita, page.one("#tasks-next").attr("href"));
        }
        assertThat(pages).hasSize(3);
        assertThat(seen).as("every task once, in due-date order, undated last").containsExactlyElementsOf(expected);

        Page back = get(rita, pages.get(2).one("#tasks-previous").attr("href"));
        assertThat(rows(back)).containsExactlyElementsOf(rows(pages.get(1)));
        Page front = get(rita, back.one("#tasks-previous").attr("href"));
        assertThat(rows(front)).containsExactlyElementsOf(rows(pages.get(0)));
        assertThat(front.select("#tasks-previous")).as("the first page has nothing before it").isEmpty();
    }

    @Test
    void shouldFilterByRequisitionAcrossPagesWithTheFiltersCounts() {
        Visitor rita = webTest.signedIn("rita");
        List<String> seen = walk(rita, "/tasks?size=3&requisition=" + requisitionA);
        List<String> inA = expected.stream().filter(t -> requisitionOf.get(t) == requisitionA).toList();
        assertThat(seen).containsExactlyElementsOf(inA);
        Page page = get(rita, "/tasks?size=3&requisition=" + requisitionB);
        assertThat(page.text("#task-matching")).startsWith("3 ");
        assertThat(page.texts("#filter-requisition option")).contains("#" + requisitionB + " (3)");
        assertThat(get(rita, "/tasks?size=3&team=" + team + "&requisition=" + requisitionB).texts("#filter-team option"))
                .as("an option counts all my tasks of its own, whatever the other filters").contains(team + " (7)");
        assertThat(walk(rita, "/tasks?size=2&team=" + team + "&requisition=" + requisitionB + "&type=screen"))
                .containsExactlyElementsOf(expected.stream().filter(t -> requisitionOf.get(t) == requisitionB).toList());
    }

    @Test
    void shouldShowOnlyMineOrMyGroupsWhenAsked() {
        String mine = expected.get(3);
        tasks.claim(mine, "rita");
        Visitor rita = webTest.signedIn("rita");
        assertThat(walk(rita, "/tasks?size=3&show=mine&team=" + team)).containsExactly(mine);
        assertThat(walk(rita, "/tasks?size=3&mine=true&team=" + team)).containsExactly(mine);
        assertThat(walk(rita, "/tasks?size=3&show=groups&team=" + team)).containsExactlyElementsOf(expected);
        assertThat(walk(rita, "/tasks?size=3&show=all&team=" + team)).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldListAndCountEachTaskOnceWhicheverWaysItIsOfferedToMe() {
        // the first offered to ivan by name; the second by name and to his group too; the third also assigned to him
        tasks.addCandidateUser(expected.get(0), "ivan");
        tasks.addCandidateUser(expected.get(1), "ivan");
        tasks.addCandidateGroup(expected.get(1), "interviewer");
        tasks.addCandidateUser(expected.get(2), "ivan");
        tasks.setAssignee(expected.get(2), "ivan");
        Visitor ivan = webTest.signedIn("ivan");
        assertThat(walk(ivan, "/tasks?size=2&team=" + team)).containsExactlyElementsOf(expected.subList(0, 3));
        assertThat(get(ivan, "/tasks?team=" + team).text("#task-matching")).startsWith("3 ");
        assertThat(walk(ivan, "/tasks?size=2&show=mine&team=" + team)).containsExactly(expected.get(2));
        assertThat(get(ivan, "/tasks?show=mine&team=" + team).text("#task-matching")).startsWith("1 ");
        assertThat(walk(ivan, "/tasks?size=2&show=groups&team=" + team)).containsExactlyElementsOf(expected.subList(0, 3));
        assertThat(get(ivan, "/tasks?show=groups&team=" + team).text("#task-matching")).startsWith("3 ");

        // rita sees all seven through her group, the one she claims once
        tasks.claim(expected.get(4), "rita");
        Visitor rita = webTest.signedIn("rita");
        assertThat(walk(rita, "/tasks?size=3&team=" + team)).containsExactlyElementsOf(expected);
        assertThat(get(rita, "/tasks?team=" + team).text("#task-matching")).startsWith("7 ");
        assertThat(get(rita, "/tasks?show=mine&team=" + team).text("#task-matching")).startsWith("1 ");
        assertThat(get(rita, "/tasks?show=groups&team=" + team).text("#task-matching")).startsWith("7 ");
    }

    @Test
    void shouldNeverShowSomeoneElsesTasksWhateverTheKey() {
        Visitor ivan = webTest.signedIn("ivan");
        String key = "none~" + expected.get(0);
        assertThat(walk(ivan, "/tasks?team=" + team)).isEmpty();
        assertThat(walk(ivan, "/tasks?team=" + team + "&after=" + key)).isEmpty();
        assertThat(walk(ivan, "/tasks?requisition=" + requisitionA + "&before=" + key)).isEmpty();
        assertThat(get(ivan, "/tasks?team=" + team).text("#task-matching")).startsWith("0 ");
    }

    @Test
    void shouldAnswerTamperedParametersWithASanePage() {
        Visitor rita = webTest.signedIn("rita");
        String filter = "/tasks?team=" + team;
        List<String> firstPage = rows(get(rita, filter));
        assertThat(firstPage).containsExactlyElementsOf(expected);
        for (String tampered : List.of("&after=garbage", "&after=~", "&after=123~", "&before=abc~def",
                "&after=99999999999999999999~x", "&after=-99999999999999~x", "&size=-5", "&size=0", "&size=100000",
                "&size=abc", "&size=" + "9".repeat(30), "&show=evil", "&mine=maybe", "&after=" + "1".repeat(300))) {
            assertThat(rows(get(rita, filter + tampered))).as(tampered).containsExactlyElementsOf(expected);
        }
        // a well-formed key from nowhere: the tasks after it, by the same order
        assertThat(rows(get(rita, filter + "&after=0~x"))).containsExactlyElementsOf(expected);
        assertThat(rows(get(rita, filter + "&after=253402300799999~zzz"))).containsExactly(expected.get(6));
        assertThat(rows(get(rita, filter + "&before=none~" + expected.get(6)))).containsExactlyElementsOf(expected.subList(0, 6));
        for (String empty : List.of("&requisition=-1", "&requisition=99999999999999999999999", "&type=no-such-form",
                "&type=%3Cscript%3E", "&team=x&team=y")) {
            assertThat(get(rita, "/tasks?size=3" + empty).status()).as(empty).isEqualTo(200);
        }
        assertThat(rows(get(rita, filter + "&type=no-such-form"))).isEmpty();
        assertThat(rows(get(rita, filter + "&requisition=-1"))).isEmpty();
    }

    @Test
    void shouldStopCountingAtTheCap() {
        OnrampUser rita = new OnrampUser(people.findByUsername("rita").orElseThrow(), "x", true);
        Map<String, CappedCount> counts = search.counts(rita, Map.of(
                "team", new TaskSearch.Criteria(TaskSearch.Scope.ALL, team, null, null),
                "a", new TaskSearch.Criteria(TaskSearch.Scope.ALL, team, requisitionA, null)), null, 3);
        assertThat(counts.get("team")).isEqualTo(new CappedCount(3, true));
        assertThat(counts.get("a")).isEqualTo(new CappedCount(3, true));
        Map<String, CappedCount> exact = search.counts(rita, Map.of(
                "b", new TaskSearch.Criteria(TaskSearch.Scope.ALL, team, requisitionB, null)), null, 3);
        assertThat(exact.get("b")).isEqualTo(new CappedCount(3, false));
    }

    @Test
    void shouldShowTheFormOfATaskWhoseModelNamesItByAnExpressionAndFilterByAnIntegerVariable() {
        // the list reads its rows with SQL of its own; a form key the engine evaluates is read through the engine,
        // and a requisition held as an integer (not a long) is still one
        String expressionDeployment = repository.createDeployment().name("task-pages-expression")
                .addModelInstance("task-pages-expression.bpmn", Bpmn.createExecutableProcess(KEY + "Expression")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("Task_PagesTestExpression")
                        .name("Give paged feedback").camundaCandidateGroups("recruiter").camundaFormKey("${form}")
                        .endEvent().done())
                .deploy().getId();
        try {
            int requisition = 900_000_000 + new Random().nextInt(1_000_000);
            Map<String, Object> vars = new HashMap<>();
            vars.put("team", team);
            vars.put("requisitionId", requisition);
            vars.put("form", "feedback");
            String pi = runtime.startProcessInstanceByKey(KEY + "Expression", vars).getId();
            String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();

            Page page = get(webTest.signedIn("rita"), "/tasks?team=" + team + "&requisition=" + requisition);
            assertThat(rows(page)).containsExactly(task);
            assertThat(page.text("tr[data-task-id='" + task + "'] .badge")).isEqualTo("Feedback");
            assertThat(page.one("tr[data-task-id='" + task + "'] a").attr("href")).isEqualTo("/tasks/" + task);
            assertThat(page.text("#filter-requisition option[selected]")).contains("(1)");
            // the screenings of the same team, with their form from the model as deployed
            Page all = get(webTest.signedIn("rita"), "/tasks?size=100&team=" + team);
            assertThat(rows(all)).hasSize(8).contains(task);
            assertThat(all.texts("#task-table tr[data-task-id] .badge")).containsOnly("Screening", "Feedback");
        } finally {
            repository.deleteDeployment(expressionDeployment, true);
        }
    }

    /** Every task of a filter, following its "next" links from the first page. */
    private List<String> walk(Visitor visitor, String path) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; path != null && i < 20; i++) {
            Page page = get(visitor, path);
            seen.addAll(rows(page));
            path = page.select("#tasks-next").isEmpty() ? null : page.one("#tasks-next").attr("href");
        }
        return seen;
    }

    private static Page get(Visitor visitor, String path) {
        Page page = visitor.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page;
    }

    private static List<String> rows(Page page) {
        return page.select("#task-table tr[data-task-id]").eachAttr("data-task-id");
    }
}
