package dev.onramp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onramp.decision.DecideAndOffer;
import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.interview.Interview;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.interview.InterviewStage;
import dev.onramp.interview.TakeHomeStage;
import dev.onramp.onboarding.OnboardingProcess;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.people.TeamRepository;
import dev.onramp.people.WorkingHours;
import dev.onramp.system.OnrampPostgresTest;
import dev.onramp.system.WebClient;
import dev.onramp.xschool.Assignment;
import dev.onramp.xschool.CohortRepository;
import dev.onramp.xschool.XSchool;
import dev.onramp.xschool.XSchoolProperties;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.core.ThrowingRunnable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whole journeys on real PostgreSQL with the job executor on: the people sign in and use the real forms, the
 * engine runs the async steps and timers by itself, and the tests wait for it (Awaitility). Interviews lie days
 * ahead, so the tests move the engine clock (which is also the application's) past their end.
 */
@OnrampPostgresTest
class JourneyPostgresIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Pattern INPUT = Pattern.compile("<input [^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    InterviewRepository interviews;
    @Autowired
    PersonRepository people;
    @Autowired
    TeamRepository teams;
    @Autowired
    XSchool xSchool;
    @Autowired
    XSchoolProperties xSchoolRules;
    @Autowired
    CohortRepository cohorts;
    @Autowired
    Clock clock;

    private final Map<String, WebClient> signedIn = new HashMap<>();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldTakeABeatsCandidateThroughTheWholeLoopToAHireAndOnboarding() {
        WebClient rita = as("rita");

        // 1. a requisition, a candidate in Kolkata, screened in; the loop starts as a job
        long requisitionId = openRequisition("beats", "hank");
        String email = email("ishaan");
        long applicationId = addCandidate(requisitionId, "Ishaan Mehta", email, "Asia/Kolkata", "IN");
        String businessKey = HiringProcess.businessKey(applicationId);
        screenIn(businessKey);
        Task sendTakeHome = awaitTask(businessKey, TakeHomeStage.TASK_SEND_TAKE_HOME);

        // 2. the take-home goes to the proposed reviewers; once it is received they review it
        String takeHomeForm = "/tasks/" + sendTakeHome.getId() + "/" + TakeHomeStage.FORM_SEND_TAKE_HOME;
        List<String> reviewers = checked(rita.get(takeHomeForm).body(), "reviewers");
        assertThat(reviewers).hasSize(2);
        assertRedirect(rita.postForm(takeHomeForm, takeHomeForm, Map.of("reviewers", String.join(",", reviewers))),
                "/applications/" + applicationId);
        assertRedirect(rita.postForm("/applications/" + applicationId,
                "/applications/" + applicationId + "/take-home-received", Map.of()), "/applications/" + applicationId);
        List<Task> takeHomeFeedback = awaitTasks(businessKey, InterviewStage.TASK_SUBMIT_FEEDBACK, 2);
        assertThat(takeHomeFeedback).extracting(Task::getAssignee)
                .containsExactlyInAnyOrderElementsOf(usernames(reviewers));
        takeHomeFeedback.forEach(this::submitFeedback);

        // 3. the technical panel: two interviews in parallel, each scheduled on a proposed slot
        List<Task> panelSeats = awaitTasks(businessKey, InterviewStage.TASK_SCHEDULE_INTERVIEW, 2);
        assertThat(panelSeats).extracting(t -> tasks.getVariable(t.getId(), InterviewStage.VAR_PANEL_SEAT))
                .containsExactlyInAnyOrder(0, 1);
        List<Interview> panel = panelSeats.stream().map(this::scheduleOnAProposedSlot).toList();
        assertThat(panel).extracting(Interview::stageKey).containsOnly("technical-panel");
        moveClockPast(panel);

        // 4. their feedback, then team fit: scheduled, held, feedback
        awaitTasks(businessKey, InterviewStage.TASK_SUBMIT_FEEDBACK, 2).forEach(this::submitFeedback);
        Interview teamFit = scheduleOnAProposedSlot(awaitTask(businessKey, InterviewStage.TASK_SCHEDULE_INTERVIEW));
        assertThat(teamFit.stageKey()).isEqualTo("team-fit");
        moveClockPast(List.of(teamFit));
        awaitTasks(businessKey, InterviewStage.TASK_SUBMIT_FEEDBACK, interviews.panel(teamFit.id()).size())
                .forEach(this::submitFeedback);

        // 5. the Beats rule decides on the votes: at least three +1 and no -1 hires, no debrief needed
        Task next = awaitAnyTask(businessKey, DecideAndOffer.TASK_DEBRIEF, DecideAndOffer.TASK_PREPARE_OFFER);
        assertThat(next.getTaskDefinitionKey()).as("the Beats rule hires on the panel's +1 votes")
                .isEqualTo(DecideAndOffer.TASK_PREPARE_OFFER);
        LocalDate startDate = LocalDate.now(clock.withZone(KOLKATA)).plusWeeks(4)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        String offer = "/tasks/" + next.getId() + "/" + DecideAndOffer.FORM_OFFER;
        Map<String, String> offerFields = new LinkedHashMap<>();
        offerFields.put("startDate", startDate.toString());
        offerFields.put("workCountry", "IN");
        offerFields.put("timeZone", "Asia/Kolkata");
        offerFields.put("annualAmount", "5200000"); // the Beats band in INR ends at 4,500,000
        offerFields.put("currency", "INR");
        offerFields.put("note", "Above the band: two competing offers.");
        assertRedirect(rita.postForm(offer, offer, offerFields), "/tasks");

        Task approval = awaitTask(businessKey, DecideAndOffer.TASK_APPROVE_OFFER);
        assertThat(approval.getAssignee()).isEqualTo("hank");
        String approve = "/tasks/" + approval.getId() + "/" + DecideAndOffer.FORM_OFFER_APPROVAL;
        assertRedirect(as("hank").postForm(approve, approve, Map.of("decision", "APPROVE", "comment", "")), "/tasks");

        Task answer = awaitTask(businessKey, DecideAndOffer.TASK_RECORD_ANSWER);
        String record = "/tasks/" + answer.getId() + "/" + DecideAndOffer.FORM_OFFER_ANSWER;
        assertRedirect(rita.postForm(record, record,
                Map.of("answer", DecideAndOffer.OfferAnswer.ACCEPTED.name(), "declineReason", "")), "/tasks");

        // 6. hired: a new person, onboarding with a mentor who is not the manager, and an X-School seat
        awaitJobs(() -> assertThat(applications.get(applicationId).status()).isEqualTo(Application.Status.HIRED));
        Person hire = people.findAll().stream().filter(p -> email.equals(p.email())).findFirst().orElseThrow();
        assertThat(hire.displayName()).isEqualTo("Ishaan Mehta");
        assertThat(hire.roles()).contains(Role.NEW_HIRE);
        assertThat(hire.timeZone()).isEqualTo(KOLKATA);
        String onboardingKey = OnboardingProcess.businessKey(hire.id());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.KEY)
                .processInstanceBusinessKey(onboardingKey).count()).isOne();

        Task confirm = awaitTask(onboardingKey, OnboardingProcess.TASK_CONFIRM_MENTOR);
        assertThat(confirm.getAssignee()).isEqualTo("hank");
        String confirmForm = "/tasks/" + confirm.getId() + "/" + OnboardingProcess.FORM_CONFIRM_MENTOR;
        String suggestions = as("hank").get(confirmForm).body();
        assertThat(suggestions).contains("data-mentor=\"mia\"").doesNotContain("data-mentor=\"hank\"");
        long mia = person("mia").id();
        assertRedirect(as("hank").postForm(confirmForm, confirmForm, Map.of("mentorId", String.valueOf(mia))), "/tasks");

        Task accept = awaitTask(onboardingKey, OnboardingProcess.TASK_ACCEPT_MENTEE);
        assertThat(accept.getAssignee()).isEqualTo("mia");
        String acceptForm = "/tasks/" + accept.getId() + "/" + OnboardingProcess.FORM_ACCEPT_MENTEE;
        assertRedirect(as("mia").postForm(acceptForm, acceptForm, Map.of("decision", "ACCEPT", "reason", "")), "/mentees");
        Task prepareWelcome = awaitTask(onboardingKey, OnboardingProcess.TASK_MENTOR_TASK);
        assertThat(prepareWelcome.getAssignee()).isEqualTo("mia");

        LocalDate earliestCohort = startDate.plusWeeks(xSchoolRules.leadWeeks());
        awaitJobs(() -> assertThat(xSchool.current(hire.id())).isPresent());
        Assignment seat = xSchool.current(hire.id()).orElseThrow();
        assertThat(seat.cohortStart()).isAfterOrEqualTo(earliestCohort)
                .isEqualTo(cohorts.findFrom(earliestCohort).get(0).startsOn());
        Task bookTravel = awaitTask(onboardingKey, OnboardingProcess.TASK_BOOK_TRAVEL);
        assertThat(as("cora").get("/tasks").body()).contains("/tasks/" + bookTravel.getId());
    }

    @Test
    void shouldWithdrawACandidateInTheMiddleOfTheLoop() {
        long requisitionId = openRequisition("kibana", "karl");
        long applicationId = addCandidate(requisitionId, "Camila Rojas", email("camila"), "America/Bogota", "CO");
        String businessKey = HiringProcess.businessKey(applicationId);
        screenIn(businessKey);
        scheduleOnAProposedSlot(awaitTask(businessKey, InterviewStage.TASK_SCHEDULE_INTERVIEW));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
                .as("hiring process, loop and stage").isEqualTo(3);

        String page = "/applications/" + applicationId;
        assertRedirect(as("rita").postForm(page, page + "/withdraw",
                Map.of("reason", "Accepted another offer closer to home.")), page);

        awaitJobs(() -> {
            Application withdrawn = applications.get(applicationId);
            assertThat(withdrawn.status()).isEqualTo(Application.Status.WITHDRAWN);
            assertThat(withdrawn.outcomeReason()).isEqualTo("Accepted another offer closer to home.");
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).count()).isZero();
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list())
                    .as("hiring process, loop and stage").isEmpty();
        });
    }

    // --- the forms, as the people use them

    /** Rita opens a requisition for the team through the form; answers its id. */
    private long openRequisition(String teamSlug, String hiringManager) {
        long teamId = teams.findBySlug(teamSlug).orElseThrow().id();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Journey " + teamSlug + " " + UUID.randomUUID().toString().substring(0, 8));
        fields.put("teamId", String.valueOf(teamId));
        fields.put("hiringManagerId", String.valueOf(person(hiringManager).id()));
        fields.put("locationPolicy", "Anywhere");
        fields.put("openings", "1");
        fields.put("description", "Opened by the journey test.");
        String location = redirect(as("rita").postForm("/requisitions/new?team=" + teamId, "/requisitions", fields));
        assertThat(location).matches("/requisitions/\\d+");
        return idAtEndOf(location);
    }

    /** Rita adds a candidate through the application form; answers the application's id. */
    private long addCandidate(long requisitionId, String name, String email, String zone, String country) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("zone", zone);
        fields.put("country", country);
        fields.put("resumeUrl", "https://example.com/cv/" + email);
        fields.put("source", Application.Source.REFERRAL.name());
        String location = redirect(as("rita").postForm("/requisitions/" + requisitionId + "/applications/new",
                "/requisitions/" + requisitionId + "/applications", fields));
        assertThat(location).matches("/applications/\\d+");
        return idAtEndOf(location);
    }

    /** Rita screens the candidate in through the screening form. */
    private void screenIn(String businessKey) {
        Task screen = awaitTask(businessKey, HiringProcess.TASK_SCREEN);
        String form = "/tasks/" + screen.getId() + "/" + HiringProcess.FORM_SCREEN;
        assertThat(redirect(as("rita").postForm(form, form, Map.of("outcome", HiringProcess.SCREENING_ADVANCE,
                "reason", "")))).startsWith("/applications/");
    }

    /**
     * Rita opens the schedule form, checks that every proposed slot lies inside everyone's working hours, and
     * accepts the proposed panel and the first slot; answers the interview as stored, checked against the
     * working hours of the candidate and of each interviewer.
     */
    private Interview scheduleOnAProposedSlot(Task task) {
        String form = "/tasks/" + task.getId() + "/" + InterviewStage.FORM_SCHEDULE;
        String page = as("rita").get(form).body();
        assertThat(page).as("every proposal fits everyone's hours")
                .doesNotContain("id=\"no-common-time\"").doesNotContain("outside-hours")
                .containsPattern("\\((Asia|America)/[A-Za-z_]+\\): ");
        List<String> interviewers = checked(page, "interviewers");
        List<String> slots = checked(page, "slot");
        assertThat(interviewers).isNotEmpty();
        assertThat(slots).hasSize(1);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("interviewers", String.join(",", interviewers));
        fields.put("slot", slots.get(0));
        fields.put("otherStart", "");
        fields.put("otherZone", "Europe/Madrid");
        assertThat(redirect(as("rita").postForm(form, form, fields))).startsWith("/applications/");

        Interview interview = interviews.findByStageProcessInstance(task.getProcessInstanceId()).orElseThrow();
        assertThat(interview.startsAt()).isEqualTo(Instant.parse(slots.get(0))).isAfter(clock.instant());
        ZoneId candidateZone = ZoneId.of(applications.get(interview.applicationId()).candidateZone());
        assertThat(WorkingHours.standard(candidateZone).covers(interview.startsAt(), interview.endsAt()))
                .as("inside the candidate's hours").isTrue();
        for (InterviewRepository.PanelMember member : interviews.panel(interview.id())) {
            assertThat(people.get(member.personId()).workingHours().covers(interview.startsAt(), interview.endsAt()))
                    .as("inside the hours of " + member.username()).isTrue();
        }
        assertThat(interviews.panel(interview.id())).extracting(m -> String.valueOf(m.personId()))
                .containsExactlyElementsOf(interviewers);
        return interview;
    }

    /**
     * The interviewer opens the feedback form from their task list, rates every focus attribute of the stage
     * "yes" and votes +1, and submits.
     */
    private void submitFeedback(Task task) {
        String interviewer = task.getAssignee();
        WebClient web = as(interviewer);
        assertThat(web.get("/tasks").body()).contains("/tasks/" + task.getId());
        String form = "/tasks/" + task.getId() + "/" + InterviewStage.FORM_FEEDBACK;
        String page = web.get(form).body();
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher rating = Pattern.compile("name=\"(ratings\\[[^\\]]+\\])\"").matcher(page);
        while (rating.find()) {
            fields.put(rating.group(1), "YES");
        }
        assertThat(fields).as("focus attributes on the form").isNotEmpty();
        fields.put("vote", "PLUS_ONE");
        fields.put("noteForNext", "Clear writer; ask about on-call habits.");
        fields.put("action", "submit");
        assertRedirect(web.postForm(form, form, fields), "/interviews");
    }

    // --- the engine clock and the job executor

    /** Moves the engine clock (and so the application's) just past the last interview's end; time goes on from there. */
    private void moveClockPast(List<Interview> held) {
        Instant end = held.stream().map(Interview::endsAt).max(Comparator.naturalOrder()).orElseThrow();
        ClockUtil.offset(end.plusSeconds(60).toEpochMilli() - System.currentTimeMillis());
    }

    /**
     * Waits for the job executor. Timers that fell due because the clock moved create no new job, so the idle
     * executor (which backs off up to a minute) is told to look again on every poll.
     */
    private void awaitJobs(ThrowingRunnable assertion) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            engine.getJobExecutor().jobWasAdded();
            assertion.run();
        });
    }

    private Task awaitTask(String businessKey, String taskDefinitionKey) {
        return awaitTasks(businessKey, taskDefinitionKey, 1).get(0);
    }

    private List<Task> awaitTasks(String businessKey, String taskDefinitionKey, int count) {
        AtomicReference<List<Task>> found = new AtomicReference<>();
        awaitJobs(() -> {
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey(taskDefinitionKey).list();
            assertThat(open).as(taskDefinitionKey + " of " + businessKey).hasSize(count);
            found.set(open);
        });
        return found.get();
    }

    private Task awaitAnyTask(String businessKey, String... taskDefinitionKeys) {
        AtomicReference<Task> found = new AtomicReference<>();
        awaitJobs(() -> {
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                    .taskDefinitionKeyIn(taskDefinitionKeys).list();
            assertThat(open).as(String.join(" or ", taskDefinitionKeys)).hasSize(1);
            found.set(open.get(0));
        });
        return found.get();
    }

    // --- small helpers

    private WebClient as(String username) {
        return signedIn.computeIfAbsent(username, u -> {
            WebClient web = new WebClient(port);
            assertThat(web.follow(web.signIn(u, "demo")).statusCode()).as("sign-in of " + u).isEqualTo(200);
            return web;
        });
    }

    private Person person(String username) {
        return people.findByUsername(username).orElseThrow();
    }

    private List<String> usernames(List<String> personIds) {
        return personIds.stream().map(id -> people.get(Long.parseLong(id)).username()).toList();
    }

    /** The values of the checked inputs (checkboxes or radio buttons) named {@code name}. */
    private static List<String> checked(String page, String name) {
        return INPUT.matcher(page).results().map(MatchResult::group)
                .filter(tag -> tag.contains("name=\"" + name + "\"") && tag.contains("checked"))
                .map(tag -> {
                    Matcher value = VALUE.matcher(tag);
                    assertThat(value.find()).as(tag).isTrue();
                    return value.group(1);
                })
                .collect(Collectors.toList());
    }

    private static String redirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static void assertRedirect(HttpResponse<String> response, String path) {
        assertThat(redirect(response)).isEqualTo(path);
    }

    private static long idAtEndOf(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private static String email(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
