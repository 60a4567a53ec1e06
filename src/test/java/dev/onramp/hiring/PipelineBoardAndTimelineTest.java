package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.ApplicationTimeline.StageState;
import dev.onramp.loop.LoopStages;
import dev.onramp.loop.Stage;
import dev.onramp.system.NotFoundException;
import dev.onramp.hiring.RequisitionRepository.NewRequisition;
import dev.onramp.loop.ElasticsearchLoop;
import dev.onramp.loop.KibanaLoop;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pipeline board and the application timeline, on the whole app with real hiring processes: the job
 * executor is off, so each test runs the jobs it needs itself.
 */
@OnrampAppTest
class PipelineBoardAndTimelineTest {

    @Autowired
    WebTest webTest;

    @Autowired
    Applications applications;
    @Autowired
    ApplicationRepository applicationRows;
    @Autowired
    RequisitionRepository requisitions;
    @Autowired
    TeamRepository teams;
    @Autowired
    PersonRepository people;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    LoopStages loopStages;
    @Autowired
    ApplicationTimeline timeline;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationPhases applicationPhases;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    private long requisitionId;

    @BeforeEach
    void openAKibanaRequisition() {
        Team kibana = teams.findBySlug("kibana").orElseThrow();
        requisitionId = requisitions.insert(new NewRequisition(kibana.id(), "Board test " + UUID.randomUUID(),
                kibana.hiringManagerId(), "Anywhere", 1, "", person("rita").id(), clock.instant()));
    }

    @AfterEach
    void resetTheEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldShowTheCandidateInTheLoopsFirstStageAfterScreeningAndRitaOnTheTimeline() {
        long id = addCandidate("Ada Board");
        screenAndAdvance(id);
        assertThat(column(board("rita"), "screening").text()).as("screened, loop not started yet").contains("Ada Board");

        startTheLoop(id);

        Page board = board("rita");
        assertThat(board.select("#board > .column").eachAttr("id")).containsSubsequence("column-screening",
                "column-" + KibanaLoop.STAGE_PAIR_PROGRAMMING, "column-" + KibanaLoop.STAGE_DESIGN_REVIEW,
                "column-" + KibanaLoop.STAGE_TEAM_FIT, "column-decision", "column-ended");
        assertThat(board.select("#board > .column > h3 > span:first-child").eachText())
                .contains("Screening", "Pair programming", "Design review", "Team fit", "Offer / decision", "Ended");
        Element firstStage = column(board, KibanaLoop.STAGE_PAIR_PROGRAMMING);
        assertThat(firstStage.text()).contains("Ada Board", "Europe/London", "0 days in stage");
        assertThat(firstStage.select("a.board-card").eachAttr("href")).contains("/applications/" + id);
        assertThat(column(board, "screening").text()).doesNotContain("Ada Board");

        Page page = page("rita", "/applications/" + id);
        assertThat(page.select("#timeline-steps > li").stream()
                .filter(step -> step.select(".step-name").text().equals("Screen candidate"))
                .map(step -> step.select(".step-who").text())).contains("by Rita Recruiter");
        assertThat(page.texts("#timeline-steps .step-name")).contains("Application added by Rita Recruiter", "Team interview loop");
        assertThat(page.text("#timeline-zone")).isEqualTo("Times are in Europe/Madrid.");
        assertThat(page.text("#stage-" + KibanaLoop.STAGE_PAIR_PROGRAMMING)).isEqualTo("Pair programming: in progress");
        assertThat(page.text("#stage-" + KibanaLoop.STAGE_TEAM_FIT)).isEqualTo("Team fit: to come");
    }

    @Test
    void shouldCountDaysInStageOnTheEngineClock() {
        long id = addCandidate("Bo Days");
        screenAndAdvance(id);
        startTheLoop(id);

        ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofDays(3)).plus(Duration.ofHours(1))));

        Element firstStage = column(board("rita"), KibanaLoop.STAGE_PAIR_PROGRAMMING);
        assertThat(firstStage.text()).contains("Bo Days", "3 days in stage");
    }

    @Test
    void shouldShowAWithdrawnCandidateAsEndedWithTheOutcome() {
        long id = addCandidate("Cy Withdrawn");
        screenAndAdvance(id);
        startTheLoop(id);

        runtime.createMessageCorrelation(HiringProcess.MESSAGE_CANDIDATE_WITHDREW)
                .processInstanceBusinessKey(HiringProcess.businessKey(id)).correlate();
        runJob(id, HiringProcess.TASK_RECORD_WITHDRAWAL);

        Page board = board("rita");
        assertThat(column(board, "ended").text()).contains("Cy Withdrawn", "Withdrawn");
        assertThat(column(board, KibanaLoop.STAGE_PAIR_PROGRAMMING).text()).doesNotContain("Cy Withdrawn");

        var steps = timeline.of(id, ZoneId.of("Asia/Tokyo"));
        assertThat(steps.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(steps.entries()).extracting(ApplicationTimeline.Entry::name)
                .containsSubsequence("Screen candidate", "Team interview loop", "Record withdrawal", "Withdrawn");
        assertThat(steps.entries()).filteredOn(e -> "Team interview loop".equals(e.name()))
                .singleElement().satisfies(e -> assertThat(e.canceled()).isTrue());
        assertThat(steps.entries()).allSatisfy(e -> assertThat(e.started().getZone()).isEqualTo(ZoneId.of("Asia/Tokyo")));
        assertThat(steps.stages()).extracting(ApplicationTimeline.StageMark::state)
                .containsExactly(StageState.STOPPED, StageState.NOT_REACHED, StageState.NOT_REACHED);
    }

    @Test
    void shouldShowTheBoardToTheRequisitionsHiringManagerOnly() {
        addCandidate("Di Visible");
        assertThat(column(board("karl"), "screening").text()).contains("Di Visible");
        assertThat(status("hank", "/requisitions/" + requisitionId + "/board")).as("another team's hiring manager").isEqualTo(404);
        assertThat(status("ivan", "/requisitions/" + requisitionId + "/board")).as("an interviewer").isEqualTo(404);
        assertThat(status("ivan", "/requisitions/999999/board")).as("an unknown requisition").isEqualTo(404);
    }

    @Test
    void shouldLinkTheBoardFromTheRequisitionPage() {
        assertThat(page("rita", "/requisitions/" + requisitionId).select("a").eachAttr("href"))
                .contains("/requisitions/" + requisitionId + "/board");
        assertThat(page("hank", "/requisitions/" + requisitionId).select("a").eachAttr("href"))
                .as("a hiring manager of another team sees the page, not the link")
                .doesNotContain("/requisitions/" + requisitionId + "/board");
    }

    @Test
    void shouldOrderTheStagesOfAParallelLoopAsTheFlowGoes() {
        assertThat(loopStages.latestStagesOf(ElasticsearchLoop.KEY)).extracting(Stage::key).containsExactly(
                ElasticsearchLoop.STAGE_TAKE_HOME, ElasticsearchLoop.STAGE_TECHNICAL_DEEP_DIVE,
                ElasticsearchLoop.STAGE_DISTRIBUTED_WORK, ElasticsearchLoop.STAGE_HIRING_MANAGER);
        assertThat(loopStages.latestStagesOf(ElasticsearchLoop.KEY).get(0).kind()).isEqualTo(Stage.Kind.TAKE_HOME);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loopStages.latestStagesOf("NoSuchLoop"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldCountEveryLaneAsTheProcessesStandAfterAdvancesARejectionAWithdrawalAndADecision() {
        long waiting = addCandidate("Ed Waiting");
        long advanced = addCandidate("Flo Advanced");
        long rejected = addCandidate("Gus Rejected");
        long withdrawn = addCandidate("Hal Withdrawn");
        long deciding = addCandidate("Ida Deciding");
        for (long id : new long[] {advanced, rejected, withdrawn, deciding}) {
            screenAndAdvance(id);
            startTheLoop(id);
        }
        assertThat(laneCounts()).as("four in the first stage").containsEntry(KibanaLoop.STAGE_PAIR_PROGRAMMING, 4L);

        moveInLoop(advanced, KibanaLoop.CALL_ACTIVITY_PAIR_PROGRAMMING, KibanaLoop.CALL_ACTIVITY_DESIGN_REVIEW);
        moveInLoop(advanced, KibanaLoop.CALL_ACTIVITY_DESIGN_REVIEW, KibanaLoop.CALL_ACTIVITY_TEAM_FIT);
        moveInLoop(deciding, KibanaLoop.CALL_ACTIVITY_PAIR_PROGRAMMING, KibanaLoop.CALL_ACTIVITY_TEAM_FIT);
        moveInLoop(deciding, KibanaLoop.CALL_ACTIVITY_TEAM_FIT, dev.onramp.loop.TeamLoop.END_EVENT_LOOP_DONE);
        runtime.createMessageCorrelation(HiringProcess.MESSAGE_CANDIDATE_REJECTED)
                .processInstanceBusinessKey(HiringProcess.businessKey(rejected)).correlate();
        runJob(rejected, HiringProcess.TASK_RECORD_REJECTION_ANY_TIME);
        runtime.createMessageCorrelation(HiringProcess.MESSAGE_CANDIDATE_WITHDREW)
                .processInstanceBusinessKey(HiringProcess.businessKey(withdrawn)).correlate();
        runJob(withdrawn, HiringProcess.TASK_RECORD_WITHDRAWAL);

        Map<String, Long> board = laneCounts();
        assertThat(board).as("the board's counts, lane by lane, are where the engine has the processes")
                .isEqualTo(lanesFromTheEngine(waiting, advanced, rejected, withdrawn, deciding));
        assertThat(board).containsEntry("screening", 1L).containsEntry(KibanaLoop.STAGE_PAIR_PROGRAMMING, 0L)
                .containsEntry(KibanaLoop.STAGE_DESIGN_REVIEW, 0L).containsEntry(KibanaLoop.STAGE_TEAM_FIT, 1L)
                .containsEntry("decision", 1L).containsEntry("ended", 2L);
        Map<Long, ApplicationPhase> phases = applicationPhases.of(applicationRows.findByIds(
                List.of(waiting, advanced, rejected, withdrawn, deciding)));
        assertThat(phases.get(waiting)).isEqualTo(ApplicationPhase.SCREENING);
        assertThat(phases.get(advanced)).isEqualTo(new ApplicationPhase(ApplicationPhase.Kind.STAGE, "Team fit"));
        assertThat(phases.get(deciding).kind()).isEqualTo(ApplicationPhase.Kind.DECISION);
        assertThat(phases.get(rejected)).isEqualTo(ApplicationPhase.ENDED);
        assertThat(phases.get(withdrawn)).isEqualTo(ApplicationPhase.ENDED);
        assertThat(column(board("rita"), KibanaLoop.STAGE_TEAM_FIT).text()).contains("Flo Advanced");
        assertThat(page("rita", "/requisitions/" + requisitionId + "/board/decision").text()).contains("Ida Deciding");
    }

    @Test
    void shouldPutAnApplicationInTwoStagesAtOnceInTheFirstInLoopOrderAsTheMigrationDoes() throws Exception {
        Team elasticsearch = teams.findBySlug("elasticsearch").orElseThrow();
        requisitionId = requisitions.insert(new NewRequisition(elasticsearch.id(), "Parallel test " + UUID.randomUUID(),
                elasticsearch.hiringManagerId(), "Anywhere", 1, "", person("rita").id(), clock.instant()));
        long id = addCandidate("Jo Parallel");
        screenAndAdvance(id);
        startTheLoop(id);
        String loop = runtime.createProcessInstanceQuery().processInstanceBusinessKey(HiringProcess.businessKey(id))
                .processDefinitionKey(ElasticsearchLoop.KEY).singleResult().getId();
        runtime.createProcessInstanceModification(loop).cancelAllForActivity(ElasticsearchLoop.CALL_ACTIVITY_TAKE_HOME)
                .startBeforeActivity(ElasticsearchLoop.CALL_ACTIVITY_DISTRIBUTED_WORK)
                .startBeforeActivity(ElasticsearchLoop.CALL_ACTIVITY_TECHNICAL_DEEP_DIVE).execute();

        Element deepDive = column(board("rita"), ElasticsearchLoop.STAGE_TECHNICAL_DEEP_DIVE);
        assertThat(deepDive.text()).as("the first of the two in the loop's order").contains("Jo Parallel",
                "Also in: Distributed-work conversation");
        assertThat(column(board("rita"), ElasticsearchLoop.STAGE_DISTRIBUTED_WORK).text()).doesNotContain("Jo Parallel");

        jdbc.sql("UPDATE application SET lane = ?, stage = ? WHERE id = ?").params(ElasticsearchLoop.STAGE_DISTRIBUTED_WORK,
                ElasticsearchLoop.STAGE_DISTRIBUTED_WORK, id).update(); // as V38 alone leaves it when the other stage started a moment earlier
        try (java.sql.Connection connection = dataSource.getConnection()) {
            ParallelLaneBackfill.fill(connection);
        }
        assertThat(applicationRows.get(id).stage()).isEqualTo(ElasticsearchLoop.STAGE_TECHNICAL_DEEP_DIVE);
        assertThat(column(board("rita"), ElasticsearchLoop.STAGE_TECHNICAL_DEEP_DIVE).text()).contains("Jo Parallel");
    }

    // --- helpers

    /** Cancels the loop's stage {@code from} (its stage process with it) and starts the loop again before {@code to}. */
    private void moveInLoop(long applicationId, String from, String to) {
        String loop = runtime.createProcessInstanceQuery().processInstanceBusinessKey(HiringProcess.businessKey(applicationId))
                .processDefinitionKey(KibanaLoop.KEY).singleResult().getId();
        runtime.createProcessInstanceModification(loop).cancelAllForActivity(from).startBeforeActivity(to).execute();
    }

    /** Each lane's count on the board, by lane key. */
    private Map<String, Long> laneCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (Element column : board("rita").select("#board > .column")) {
            counts.put(column.id().substring("column-".length()), Long.valueOf(column.select(".lane-count").text()));
        }
        return counts;
    }

    /**
     * Where the engine has these applications, counted per lane as the board names them: ended without a running
     * hiring process, in the decision while it runs, in the first running stage of the loop, else in screening.
     */
    private Map<String, Long> lanesFromTheEngine(long... ids) {
        List<String> order = loopStages.latestStagesOf(KibanaLoop.KEY).stream().map(Stage::key).toList();
        Map<String, Long> counts = new java.util.TreeMap<>();
        counts.put("screening", 0L);
        order.forEach(k -> counts.put(k, 0L));
        counts.put("decision", 0L);
        counts.put("ended", 0L);
        for (long id : ids) {
            String businessKey = HiringProcess.businessKey(id);
            String lane;
            if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                    .processDefinitionKey(HiringProcess.KEY).count() == 0) {
                lane = "ended";
            } else if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                    .processDefinitionKey(HiringProcess.CALLED_DECIDE_AND_OFFER).count() > 0) {
                lane = "decision";
            } else {
                lane = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                        .map(i -> runtime.getVariableLocal(i.getId(), dev.onramp.loop.TeamLoop.VAR_STAGE_KEY))
                        .filter(k -> k instanceof String).map(String.class::cast)
                        .min(java.util.Comparator.comparingInt(order::indexOf)).orElse("screening");
            }
            counts.merge(lane, 1L, Long::sum);
        }
        return counts;
    }

    private long addCandidate(String name) {
        String email = UUID.randomUUID() + "@example.com";
        return applications.add(requisitionId, new ApplicationForm(name, email, "Europe/London", "GB", null,
                Application.Source.REFERRAL), new OnrampUser(person("rita"), "unused", true));
    }

    /** Rita claims the screening and advances the candidate, as the screening form would. */
    private void screenAndAdvance(long applicationId) {
        Task screening = tasks.createTaskQuery().processInstanceBusinessKey(HiringProcess.businessKey(applicationId))
                .taskDefinitionKey(HiringProcess.TASK_SCREEN).singleResult();
        tasks.claim(screening.getId(), "rita");
        tasks.complete(screening.getId(), Map.of(HiringProcess.VAR_SCREENING, HiringProcess.SCREENING_ADVANCE));
    }

    private void startTheLoop(long applicationId) {
        runJob(applicationId, HiringProcess.CALL_ACTIVITY_TEAM_LOOP);
    }

    private void runJob(long applicationId, String activityId) {
        Job job = management.createJobQuery().processInstanceId(applicationRows.get(applicationId).processInstanceId())
                .activityId(activityId).singleResult();
        assertThat(job).as("job before " + activityId).isNotNull();
        management.executeJob(job.getId());
    }

    private Person person(String username) {
        return people.findByUsername(username).orElseThrow();
    }

    private Page board(String username) {
        return page(username, "/requisitions/" + requisitionId + "/board");
    }

    private Page page(String username, String path) {
        Visitor web = webTest.signedIn(username);
        Page response = web.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response;
    }

    private int status(String username, String path) {
        Visitor web = webTest.signedIn(username);
        return web.get(path).status();
    }

    /** One column of the board. */
    private static Element column(Page board, String key) {
        return board.one("#board > #column-" + key);
    }
}
