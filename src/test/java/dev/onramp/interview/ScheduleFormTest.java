package dev.onramp.interview;

import dev.onramp.loop.LoopStages;
import dev.onramp.loop.Stage;
import dev.onramp.loop.KibanaLoop;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.system.OnrampAppTest;
import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The schedule and take-home forms through MockMvc, on the real hiring process, loops and stages. */
@OnrampAppTest
class ScheduleFormTest {

    @Autowired
    WebTest webTest;

    @Autowired
    CandidateJourney journey;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    InterviewRepository interviews;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    PersonRepository people;
    @Autowired
    LoopStages loopStages;

    @Test
    void shouldScheduleKibanasPairProgrammingAndCompleteTheTaskWithTheInterviewAndItsEnd() {
        Application application = journey.atFirstStage("kibana", "Ananya Iyer", "Asia/Kolkata");
        Task task = journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW);
        Visitor rita = signedIn("rita");
        String slot = checkedSlot(rita.get(form(task) + "?interviewers=" + ids("karl", "lucia")));

        Page response = rita.postForm(form(task), form(task),
                fields(ids("karl", "lucia"), slot, "", "Europe/Madrid"));

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location())
                .endsWith("/applications/" + application.id());
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        Map<String, Object> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).list().stream()
                .filter(v -> v.getValue() != null)
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
        Instant start = Instant.parse(slot);
        Duration duration = loopStages.latestStagesOf(KibanaLoop.KEY).get(0).duration();
        assertThat(duration).isEqualTo(Duration.ofMinutes(90));
        Instant end = start.plus(duration);
        assertThat(variables.get(InterviewStage.VAR_INTERVIEW_END)).isEqualTo(Date.from(end));
        long interviewId = (Long) variables.get(InterviewStage.VAR_INTERVIEW_ID);
        Interview interview = interviews.get(interviewId);
        assertThat(interview.applicationId()).isEqualTo(application.id());
        assertThat(interview.stageKey()).isEqualTo(KibanaLoop.STAGE_PAIR_PROGRAMMING);
        assertThat(interview.kind()).isEqualTo(Stage.Kind.LIVE);
        assertThat(interview.startsAt()).isEqualTo(start);
        assertThat(interview.endsAt()).isEqualTo(end);
        assertThat(interview.stageProcessInstanceId()).isEqualTo(task.getProcessInstanceId());
        assertThat(new InterviewPanel(interviews).usernames(interviewId)).containsExactly("karl", "lucia");
        assertThat(applications.get(application.id()).stage()).isEqualTo(KibanaLoop.STAGE_PAIR_PROGRAMMING);
        Job interviewOver = management.createJobQuery().processInstanceId(task.getProcessInstanceId())
                .activityId(InterviewStage.EVENT_INTERVIEW_OVER).singleResult();
        assertThat(interviewOver.getDuedate()).isEqualTo(Date.from(end));
        Page applicationPage = rita.follow(response);
        assertThat(applicationPage.flash()).contains("The interview is scheduled");
        assertThat(applicationPage.text("main")).contains("Karl Becker, Lucia Torres"
                .replace("Lucia", "Luc\u00eda")).contains("(Europe/Madrid)");
    }

    @Test
    void shouldShowEveryProposalInTheCandidatesTheInterviewersAndMyZone() {
        Application application = journey.atFirstStage("kibana", "Wanjiru Kamau", "Africa/Nairobi");
        Task task = journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW);

        Page page = signedIn("rita").get(form(task));

        assertThat(page.text("h1")).isEqualTo("Schedule interview: Pair programming");
        assertThat(slotTimes(page)).anySatisfy(time -> assertThat(time).startsWith("Candidate Wanjiru Kamau (Africa/Nairobi): "))
                .anySatisfy(time -> assertThat(time).startsWith("You (Europe/Madrid): "))
                .anySatisfy(time -> assertThat(time)
                        .matches(".*\\((America|Europe|Asia|Africa)/[A-Za-z_]+\\): \\w{3} \\d{1,2} \\w{3} \\d{2}:\\d{2}.*"));
        assertThat(page.text("#stage-notes")).contains("Pair on a small, real Kibana issue");
        assertThat(page.texts("#stage-focus li")).contains("Technical depth");
        assertThat(page.text("#interviewers")).contains("booked this week");
        assertThat(page.text("#other-zone-hint")).contains("read in the zone you choose here; it is your own zone, Europe/Madrid");
        assertThat(proposedSlots(page)).hasSize(3);
    }

    @Test
    void shouldRecomputeTheProposalsForThePeopleTheRecruiterChose() {
        Application application = journey.atFirstStage("kibana", "Li Wei", "Asia/Shanghai");
        Task task = journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW);
        Visitor rita = signedIn("rita");

        Page recomputed = rita.get(form(task) + "?interviewers=" + ids("aiko"));

        assertThat(String.join("\n", slotTimes(recomputed))).contains("Aiko Suzuki (Asia/Tokyo): ")
                .doesNotContain("Karl Becker (Europe/Berlin): ");
        Map<String, String> fields = fields(ids("karl"), checkedSlot(recomputed), "", "Europe/Madrid");
        fields.put("recompute", "true");
        Page afterButton = rita.postForm(form(task), form(task), fields);
        assertThat(String.join("\n", slotTimes(afterButton))).contains("Karl Becker (Europe/Berlin): ")
                .doesNotContain("Aiko Suzuki (Asia/Tokyo): ");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldSayNoInterviewerWasChosenAndKeepTheTime() {
        Task task = kibanaTask("Nobody Chosen");

        Page response = signedIn("rita").postForm(form(task), form(task),
                fields("", ScheduleForm.OTHER, "2031-03-04T10:00", "Asia/Tokyo"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#interviewers-error")).isEqualTo("Choose at least one interviewer.");
        assertThat(response.value("#otherStart")).startsWith("2031-03-04T10:00");
        assertThat(response.one("#otherZone option[selected]").val()).isEqualTo("Asia/Tokyo");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldRefuseAStartInThePastAndKeepWhatWasTyped() {
        Task task = kibanaTask("Past Time");

        Page response = signedIn("rita").postForm(form(task), form(task),
                fields(ids("karl"), ScheduleForm.OTHER, "2020-01-06T10:00", "Europe/Berlin"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#otherStart-error")).isEqualTo("That time has passed; choose a time in the future.");
        assertThat(response.value("#otherStart")).startsWith("2020-01-06T10:00");
        assertThat(response.one("#interviewers input[type=checkbox][value=" + ids("karl") + "]").hasAttr("checked")).isTrue();
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldRefuseAnInterviewerThatIsNotANumberAndKeepTheTime() {
        Task task = kibanaTask("Not A Number");

        Page response = signedIn("rita").postForm(form(task), form(task),
                fields("karl", ScheduleForm.OTHER, "2031-03-04T10:00", "Europe/Berlin"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#interviewers-error")).isEqualTo("Choose interviewers from the list.");
        assertThat(response.value("#otherStart")).startsWith("2031-03-04T10:00");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldRefuseSomeoneFromAnotherTeamsPool() {
        Task task = kibanaTask("Wrong Pool");

        Page response = signedIn("rita").postForm(form(task), form(task),
                fields(ids("ivan"), ScheduleForm.OTHER, "2031-03-04T10:00", "Europe/Berlin"));

        assertThat(response.text("#interviewers-error")).isEqualTo("Choose interviewers from this team\u2019s pool.");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldNotShowTheFormToSomeoneWhoIsNotARecruiter() {
        Task task = kibanaTask("Not For Ivan");
        Visitor ivan = signedIn("ivan");

        assertThat(ivan.get(form(task)).status()).isEqualTo(404);
        assertThat(ivan.post(form(task), fields(ids("karl"), ScheduleForm.OTHER, "2031-03-04T10:00",
                "Europe/Berlin")).status()).isEqualTo(404);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldShowTheConflictPageWhenSomeoneElseClaimedTheTask() {
        Task task = kibanaTask("Claimed Task");
        tasks.claim(task.getId(), "rafael");

        Page response = signedIn("rita").get(form(task));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.text("#task-unavailable")).contains("rafael");
    }

    @Test
    void shouldShowTheConflictPageOnADoubleSubmit() {
        Task task = kibanaTask("Double Submit");
        Visitor rita = signedIn("rita");
        Map<String, String> fields = fields(ids("karl"),
                checkedSlot(rita.get(form(task) + "?interviewers=" + ids("karl"))), "", "Europe/Madrid");

        Page first = rita.post(form(task), fields);
        Page second = rita.post(form(task), fields);

        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(409);
        assertThat(interviews.findByApplication(Long.parseLong(
                first.location().replaceAll(".*/", "")))).hasSize(1);
    }

    @Test
    void shouldSendBeatsTakeHomeAndStartTheReviewWhenItIsReceived() {
        Application application = journey.atFirstStage("beats", "Kiran Rao", "Asia/Kolkata");
        Task task = journey.stageTask(application, TakeHomeStage.TASK_SEND_TAKE_HOME);
        Visitor rita = signedIn("rita");
        String takeHomeForm = "/tasks/" + task.getId() + "/" + TakeHomeStage.FORM_SEND_TAKE_HOME;
        Page page = rita.get(takeHomeForm);
        assertThat(page.text("h1")).isEqualTo("Send take-home: A small Beat in Go");
        assertThat(page.text("#due-candidate")).contains("23:59 (Asia/Kolkata)");
        assertThat(page.text("#due-viewer")).contains("(Europe/Madrid), your time");

        Page tooMany = rita.postForm(takeHomeForm, takeHomeForm,
                Map.of("reviewers", ids("ivan", "priya", "sam")));
        assertThat(tooMany.text("#reviewers-error")).isEqualTo("Choose at most 2 reviewers.");
        Page sent = rita.postForm(takeHomeForm, takeHomeForm, Map.of("reviewers", ids("ivan", "priya")));

        assertThat(sent.status()).isEqualTo(302);
        HistoricVariableInstance due = history.createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).variableName(TakeHomeStage.VAR_TAKE_HOME_DUE)
                .singleResult();
        Interview takeHome = interviews.findByStageProcessInstance(task.getProcessInstanceId()).orElseThrow();
        assertThat(takeHome.kind()).isEqualTo(Stage.Kind.TAKE_HOME);
        assertThat(due.getValue()).isEqualTo(Date.from(takeHome.endsAt()));
        assertThat(takeHome.endsAt().atZone(java.time.ZoneId.of("Asia/Kolkata")).toLocalTime())
                .isEqualTo(java.time.LocalTime.of(23, 59));
        Page applicationPage = rita.follow(sent);
        assertThat(applicationPage.text("main")).contains("Take-home due").contains("Take-home received");

        String receivedPath = "/applications/" + application.id() + "/take-home-received";
        Page received = rita.postForm("/applications/" + application.id(), receivedPath, Map.of());
        assertThat(received.status()).isEqualTo(302);
        assertThat(rita.follow(received).flash()).contains("The take-home is received");
        assertThat(tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey(InterviewStage.TASK_SUBMIT_FEEDBACK).list())
                .extracting(Task::getAssignee).containsExactlyInAnyOrder("ivan", "priya");

        Page again = rita.postForm("/applications/" + application.id(), receivedPath, Map.of());
        assertThat(rita.follow(again).flash()).contains("No take-home is waiting for this candidate");
    }

    @Test
    void shouldLetOnlyRecruitersSayATakeHomeWasReceived() {
        Application application = journey.atFirstStage("beats", "Only Recruiters", "Asia/Kolkata");
        Visitor hank = signedIn("hank");

        Page response = hank.post("/applications/" + application.id() + "/take-home-received",
                Map.of());

        assertThat(response.status()).isEqualTo(403);
    }

    private Task kibanaTask(String candidateName) {
        Application application = journey.atFirstStage("kibana", candidateName, "Asia/Kolkata");
        return journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW);
    }

    private Visitor signedIn(String username) {
        return webTest.signedIn(username);
    }

    private static String form(Task task) {
        return "/tasks/" + task.getId() + "/" + InterviewStage.FORM_SCHEDULE;
    }

    private static String checkedSlot(Page page) {
        List<Element> checked = proposedSlots(page).stream().filter(radio -> radio.hasAttr("checked")).toList();
        assertThat(checked).as("a proposed slot is selected").hasSize(1);
        return checked.get(0).val();
    }

    /** The radio buttons of proposed slots (their value is an instant). */
    private static Elements proposedSlots(Page page) {
        return page.select("#slots input[type=radio][name=slot][value$=Z]");
    }

    /** Each proposal's times, one line per person (and the viewer). */
    private static List<String> slotTimes(Page page) {
        return page.texts("#slots .slot-times li");
    }

    /** Person ids, comma-separated: the binder reads them into the form's list like repeated parameters. */
    private String ids(String... usernames) {
        return List.of(usernames).stream().map(u -> String.valueOf(people.findByUsername(u).orElseThrow().id()))
                .collect(Collectors.joining(","));
    }

    private static Map<String, String> fields(String interviewers, String slot, String otherStart, String otherZone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("interviewers", interviewers);
        fields.put("slot", slot);
        fields.put("otherStart", otherStart);
        fields.put("otherZone", otherZone);
        return fields;
    }
}
