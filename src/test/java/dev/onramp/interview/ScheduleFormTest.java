package dev.onramp.interview;

import dev.onramp.loop.LoopStages;
import dev.onramp.loop.Stage;
import dev.onramp.loop.KibanaLoop;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The schedule and take-home forms over a real port, on the real hiring process, loops and stages. */
@InterviewAppTest
class ScheduleFormTest {

    private static final Pattern RADIO = Pattern.compile("<input type=\"radio\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

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
        WebClient rita = signedIn("rita");
        String page = rita.get(form(task)).body();
        String slot = checkedSlot(page);

        HttpResponse<String> response = rita.postForm(form(task), form(task),
                fields(ids("karl", "lucia"), slot, "", "Europe/Madrid"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
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
        String applicationPage = rita.follow(response).body();
        assertThat(applicationPage).contains("The interview is scheduled").contains("Karl Becker, Lucia Torres"
                .replace("Lucia", "Luc\u00eda")).contains("(Europe/Madrid)");
    }

    @Test
    void shouldShowEveryProposalInTheCandidatesTheInterviewersAndMyZone() {
        Application application = journey.atFirstStage("kibana", "Wanjiru Kamau", "Africa/Nairobi");
        Task task = journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW);

        String page = signedIn("rita").get(form(task)).body();

        assertThat(page).contains("Schedule interview: Pair programming")
                .contains("Candidate Wanjiru Kamau (Africa/Nairobi): ")
                .contains("You (Europe/Madrid): ")
                .contains("Pair on a small, real Kibana issue")
                .contains("Technical depth")
                .contains("booked this week")
                .contains("read in the zone you choose here; it is your own zone, Europe/Madrid");
        assertThat(proposedSlots(page)).hasSize(3);
        assertThat(page).containsPattern("\\((America|Europe|Asia|Africa)/[A-Za-z_]+\\): \\w{3} \\d{1,2} \\w{3} \\d{2}:\\d{2}");
    }

    @Test
    void shouldRecomputeTheProposalsForThePeopleTheRecruiterChose() {
        Application application = journey.atFirstStage("kibana", "Li Wei", "Asia/Shanghai");
        Task task = journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW);
        WebClient rita = signedIn("rita");

        String recomputed = rita.get(form(task) + "?interviewers=" + ids("aiko")).body();

        assertThat(recomputed).contains("Aiko Suzuki (Asia/Tokyo): ").doesNotContain("Karl Becker (Europe/Berlin): ");
        Map<String, String> fields = fields(ids("karl"), checkedSlot(recomputed), "", "Europe/Madrid");
        fields.put("recompute", "true");
        String afterButton = rita.postForm(form(task), form(task), fields).body();
        assertThat(afterButton).contains("Karl Becker (Europe/Berlin): ").doesNotContain("Aiko Suzuki (Asia/Tokyo): ");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldSayNoInterviewerWasChosenAndKeepTheTime() {
        Task task = kibanaTask("Nobody Chosen");

        HttpResponse<String> response = signedIn("rita").postForm(form(task), form(task),
                fields("", ScheduleForm.OTHER, "2031-03-04T10:00", "Asia/Tokyo"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Choose at least one interviewer.")
                .contains("value=\"2031-03-04T10:00")
                .containsPattern("<option value=\"Asia/Tokyo\" selected");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldRefuseAStartInThePastAndKeepWhatWasTyped() {
        Task task = kibanaTask("Past Time");

        HttpResponse<String> response = signedIn("rita").postForm(form(task), form(task),
                fields(ids("karl"), ScheduleForm.OTHER, "2020-01-06T10:00", "Europe/Berlin"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("That time has passed; choose a time in the future.")
                .contains("value=\"2020-01-06T10:00")
                .containsPattern("value=\"" + ids("karl") + "\"[^>]*checked");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldRefuseAnInterviewerThatIsNotANumberAndKeepTheTime() {
        Task task = kibanaTask("Not A Number");

        HttpResponse<String> response = signedIn("rita").postForm(form(task), form(task),
                fields("karl", ScheduleForm.OTHER, "2031-03-04T10:00", "Europe/Berlin"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Choose interviewers from the list.")
                .contains("value=\"2031-03-04T10:00");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldRefuseSomeoneFromAnotherTeamsPool() {
        Task task = kibanaTask("Wrong Pool");

        HttpResponse<String> response = signedIn("rita").postForm(form(task), form(task),
                fields(ids("ivan"), ScheduleForm.OTHER, "2031-03-04T10:00", "Europe/Berlin"));

        assertThat(response.body()).contains("Choose interviewers from this team\u2019s pool.");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldNotShowTheFormToSomeoneWhoIsNotARecruiter() {
        Task task = kibanaTask("Not For Ivan");
        WebClient ivan = signedIn("ivan");

        assertThat(ivan.get(form(task)).statusCode()).isEqualTo(404);
        String token = WebClient.csrfToken(ivan.get("/tasks").body());
        assertThat(ivan.postWithToken(form(task), fields(ids("karl"), ScheduleForm.OTHER, "2031-03-04T10:00",
                "Europe/Berlin"), token).statusCode()).isEqualTo(404);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldShowTheConflictPageWhenSomeoneElseClaimedTheTask() {
        Task task = kibanaTask("Claimed Task");
        tasks.claim(task.getId(), "rafael");

        HttpResponse<String> response = signedIn("rita").get(form(task));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("rafael");
    }

    @Test
    void shouldShowTheConflictPageOnADoubleSubmit() {
        Task task = kibanaTask("Double Submit");
        WebClient rita = signedIn("rita");
        String page = rita.get(form(task)).body();
        String token = WebClient.csrfToken(page);
        Map<String, String> fields = fields(ids("karl"), checkedSlot(page), "", "Europe/Madrid");

        HttpResponse<String> first = rita.postWithToken(form(task), fields, token);
        HttpResponse<String> second = rita.postWithToken(form(task), fields, token);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(interviews.findByApplication(Long.parseLong(
                first.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "")))).hasSize(1);
    }

    @Test
    void shouldSendBeatsTakeHomeAndStartTheReviewWhenItIsReceived() {
        Application application = journey.atFirstStage("beats", "Kiran Rao", "Asia/Kolkata");
        Task task = journey.stageTask(application, TakeHomeStage.TASK_SEND_TAKE_HOME);
        WebClient rita = signedIn("rita");
        String takeHomeForm = "/tasks/" + task.getId() + "/" + TakeHomeStage.FORM_SEND_TAKE_HOME;
        String page = rita.get(takeHomeForm).body();
        assertThat(page).contains("Send take-home: A small Beat in Go").contains("23:59 (Asia/Kolkata)")
                .contains("(Europe/Madrid), your time");

        HttpResponse<String> tooMany = rita.postForm(takeHomeForm, takeHomeForm,
                Map.of("reviewers", ids("ivan", "priya", "sam")));
        assertThat(tooMany.body()).contains("Choose at most 2 reviewers.");
        HttpResponse<String> sent = rita.postForm(takeHomeForm, takeHomeForm, Map.of("reviewers", ids("ivan", "priya")));

        assertThat(sent.statusCode()).isEqualTo(302);
        HistoricVariableInstance due = history.createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).variableName(TakeHomeStage.VAR_TAKE_HOME_DUE)
                .singleResult();
        Interview takeHome = interviews.findByStageProcessInstance(task.getProcessInstanceId()).orElseThrow();
        assertThat(takeHome.kind()).isEqualTo(Stage.Kind.TAKE_HOME);
        assertThat(due.getValue()).isEqualTo(Date.from(takeHome.endsAt()));
        assertThat(takeHome.endsAt().atZone(java.time.ZoneId.of("Asia/Kolkata")).toLocalTime())
                .isEqualTo(java.time.LocalTime.of(23, 59));
        String applicationPage = rita.follow(sent).body();
        assertThat(applicationPage).contains("Take-home due").contains("Take-home received");

        String receivedPath = "/applications/" + application.id() + "/take-home-received";
        HttpResponse<String> received = rita.postForm("/applications/" + application.id(), receivedPath, Map.of());
        assertThat(received.statusCode()).isEqualTo(302);
        assertThat(rita.follow(received).body()).contains("The take-home is received");
        assertThat(tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey(InterviewStage.TASK_SUBMIT_FEEDBACK).list())
                .extracting(Task::getAssignee).containsExactlyInAnyOrder("ivan", "priya");

        HttpResponse<String> again = rita.postForm("/applications/" + application.id(), receivedPath, Map.of());
        assertThat(rita.follow(again).body()).contains("No take-home is waiting for this candidate");
    }

    @Test
    void shouldLetOnlyRecruitersSayATakeHomeWasReceived() {
        Application application = journey.atFirstStage("beats", "Only Recruiters", "Asia/Kolkata");
        WebClient hank = signedIn("hank");
        String token = WebClient.csrfToken(hank.get("/applications/" + application.id()).body());

        HttpResponse<String> response = hank.postWithToken("/applications/" + application.id() + "/take-home-received",
                Map.of(), token);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private Task kibanaTask(String candidateName) {
        Application application = journey.atFirstStage("kibana", candidateName, "Asia/Kolkata");
        return journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW);
    }

    private WebClient signedIn(String username) {
        WebClient web = new WebClient(port);
        web.signIn(username, "demo");
        return web;
    }

    private static String form(Task task) {
        return "/tasks/" + task.getId() + "/" + InterviewStage.FORM_SCHEDULE;
    }

    private static String checkedSlot(String page) {
        List<String> checked = proposedSlots(page).stream().filter(tag -> tag.contains("checked")).toList();
        assertThat(checked).as("a proposed slot is selected").hasSize(1);
        Matcher value = VALUE.matcher(checked.get(0));
        assertThat(value.find()).isTrue();
        return value.group(1);
    }

    /** The radio buttons of proposed slots (their value is an instant). */
    private static List<String> proposedSlots(String page) {
        return RADIO.matcher(page).results().map(r -> r.group())
                .filter(tag -> tag.contains("name=\"slot\"") && tag.matches(".*value=\"[^\"]+Z\".*")).toList();
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
