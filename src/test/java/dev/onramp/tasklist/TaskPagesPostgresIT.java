package dev.onramp.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.system.OnrampPostgresTest;
import dev.onramp.system.WebClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * My tasks on PostgreSQL beyond 1,000 tasks: the filters find every task of theirs across pages (not a sample of
 * the first 1,000), the counts stop at 1,000+, and the indexes the queries lean on exist on a fresh database.
 */
@OnrampPostgresTest
class TaskPagesPostgresIT {

    static final String KEY = "TaskPagesPostgresProcess";
    static final int MANY = 1_030;
    static final int FEW = 60;

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    DataSource dataSource;

    @Test
    void shouldFilterPageAndCountBeyondAThousandTasks() {
        repository.createDeployment().name("task-pages-postgres")
                .addModelInstance("task-pages-postgres.bpmn", Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_PagesPostgresScreen").name("Screen many")
                        .camundaCandidateGroups("recruiter").camundaFormKey("screen").camundaDueDate("${due}")
                        .endEvent().done())
                .deploy();
        String team = "pg-pages-" + UUID.randomUUID();
        long many = 700_000_001L;
        long few = 700_000_002L;
        Instant base = Instant.now().plus(2, ChronoUnit.DAYS);
        for (int i = 0; i < MANY + FEW; i++) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("team", team);
            // the few are spread among the many, not the first or the last by due date
            vars.put("requisitionId", i % 18 == 5 && i / 18 < FEW ? few : many);
            vars.put("due", Date.from(base.plus(i % 97, ChronoUnit.MINUTES)));
            runtime.startProcessInstanceByKey(KEY, vars);
        }
        WebClient rita = new WebClient(port);
        rita.follow(rita.signIn("rita", "demo"));

        Document all = page(rita, "/tasks?team=" + team);
        assertThat(all.selectFirst("#task-matching").text()).startsWith("1,000+ ");
        assertThat(all.select("#filter-team option").eachText()).contains(team + " (1,000+)");
        assertThat(all.select("#task-table tr[data-task-id]")).hasSize(TaskRows.PAGE_SIZE);

        Document fewFirst = page(rita, "/tasks?size=25&requisition=" + few);
        assertThat(fewFirst.selectFirst("#task-matching").text()).startsWith(FEW + " ");
        List<String> seen = new ArrayList<>();
        String path = "/tasks?size=25&requisition=" + few;
        for (int i = 0; path != null && i < 10; i++) {
            Document page = page(rita, path);
            seen.addAll(page.select("#task-table tr[data-task-id]").eachAttr("data-task-id"));
            path = page.selectFirst("#tasks-next") == null ? null : page.selectFirst("#tasks-next").attr("href");
        }
        assertThat(seen).hasSize(FEW);
        assertThat(new HashSet<>(seen)).hasSize(FEW);

        Document home = page(rita, "/");
        assertThat(home.selectFirst("#home-tasks .stat-number").text()).isEqualTo("1,000+");

        // the board's and the requisition page's SQL on PostgreSQL, on a demo requisition
        long requisition = JdbcClient.create(dataSource).sql("SELECT MIN(id) FROM requisition WHERE status = 'OPEN'")
                .query(Long.class).single();
        assertThat(page(rita, "/requisitions/" + requisition + "/board").select(".column")).isNotEmpty();
        assertThat(page(rita, "/requisitions/" + requisition + "/board/screening?page=9").selectFirst("h1")).isNotNull();
        assertThat(page(rita, "/requisitions/" + requisition + "?page=-2").selectFirst("h1")).isNotNull();
    }

    @Test
    void shouldHaveTheTaskListsAndPagesIndexes() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(index(jdbc, "act_ru_task", "onramp_idx_task_due_id")).contains("(due_date_, id_)");
        assertThat(index(jdbc, "act_ru_task", "onramp_idx_task_def_key")).contains("(task_def_key_)");
        assertThat(index(jdbc, "act_ru_task", "onramp_idx_task_assignee_due")).contains("(assignee_, due_date_, id_)");
        assertThat(index(jdbc, "act_ru_variable", "onramp_idx_variable_name_long")).contains("(name_, long_)");
        assertThat(index(jdbc, "act_ru_variable", "onramp_idx_variable_team")).contains("(text_)").contains("'team'");
        assertThat(index(jdbc, "application", "application_requisition_created_idx"))
                .contains("(requisition_id, created_at, id)");
    }

    private static String index(JdbcClient jdbc, String table, String name) {
        return jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename = ? AND indexname = ?").params(table, name)
                .query(String.class).single();
    }

    private static Document page(WebClient web, String path) {
        HttpResponse<String> response = web.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
