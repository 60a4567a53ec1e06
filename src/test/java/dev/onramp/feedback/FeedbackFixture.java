package dev.onramp.feedback;

import dev.onramp.hiring.Application;
import dev.onramp.interview.CandidateJourney;
import dev.onramp.interview.Interview;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.interview.InterviewRepository.NewInterview;
import dev.onramp.interview.InterviewStage;
import dev.onramp.loop.Stage;
import dev.onramp.interview.TakeHomeStage;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.WebTest.Visitor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Brings candidates to the point where interviewers owe feedback, on the real engine of a whole-app test: a Beats
 * take-home sent to reviewers and received (through the recruiter's pages), or a live interview of a team's first
 * stage that is over (the engine clock moved past its end). Not a component: {@code @OnrampAppTest} imports it.
 */
public class FeedbackFixture {

    /** The Beats take-home's focus attributes. */
    static final List<String> TAKE_HOME_FOCUS = List.of("code-quality", "technical-depth", "written-communication");

    private final CandidateJourney journey;
    private final InterviewRepository interviews;
    private final PersonRepository people;
    private final FeedbackRepository feedback;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final Clock clock;

    FeedbackFixture(CandidateJourney journey, InterviewRepository interviews, PersonRepository people,
                    FeedbackRepository feedback, RuntimeService runtime, TaskService tasks,
                    ManagementService management, Clock clock) {
        this.journey = journey;
        this.interviews = interviews;
        this.people = people;
        this.feedback = feedback;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.clock = clock;
    }

    /** A Beats candidate whose take-home the reviewers now review: one feedback task each. */
    Review takeHome(Visitor rita, String candidateName, String... reviewers) {
        Application application = journey.atFirstStage("beats", candidateName, "Asia/Kolkata");
        Task send = journey.stageTask(application, TakeHomeStage.TASK_SEND_TAKE_HOME);
        String form = "/tasks/" + send.getId() + "/" + TakeHomeStage.FORM_SEND_TAKE_HOME;
        rita.postForm(form, form, Map.of("reviewers", ids(reviewers)));
        rita.postForm("/applications/" + application.id(),
                "/applications/" + application.id() + "/take-home-received", Map.of());
        Interview interview = interviews.findByStageProcessInstance(send.getProcessInstanceId()).orElseThrow();
        return new Review(application, interview, feedbackTasks(send.getProcessInstanceId()));
    }

    /**
     * A candidate of the team whose first (live) stage is scheduled with this panel to end at {@code end}, and is
     * over: the engine clock is moved to {@code end} (tests reset it) and the "interview over" timer has run.
     */
    Review liveInterviewOver(String team, String candidateName, Instant end, String... panel) {
        Application application = journey.atFirstStage(team, candidateName, "Europe/Lisbon");
        Task schedule = journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW);
        String stagePi = schedule.getProcessInstanceId();
        String loop = runtime.createProcessInstanceQuery().subProcessInstanceId(stagePi).singleResult()
                .getProcessDefinitionId();
        String stageKey = tasks.getVariable(schedule.getId(), InterviewStage.VAR_STAGE_KEY).toString();
        String stageName = tasks.getVariable(schedule.getId(), InterviewStage.VAR_STAGE_NAME).toString();
        long id = interviews.insert(new NewInterview(application.id(), stageKey, stageName, Stage.Kind.LIVE, stagePi,
                loop, end.minus(Duration.ofHours(1)), end, person("rita"), clock.instant()),
                List.of(panel).stream().map(this::person).toList());
        tasks.complete(schedule.getId(), Map.of(InterviewStage.VAR_INTERVIEW_ID, id,
                InterviewStage.VAR_INTERVIEW_END, Date.from(end)));
        ClockUtil.setCurrentTime(Date.from(end));
        runJob(stagePi, InterviewStage.EVENT_INTERVIEW_OVER);
        return new Review(application, interviews.get(id), feedbackTasks(stagePi));
    }

    /** Runs the one job of the process instance waiting at {@code activityId} (the job executor is off). */
    void runJob(String processInstanceId, String activityId) {
        management.executeJob(management.createJobQuery().processInstanceId(processInstanceId)
                .activityId(activityId).singleResult().getId());
    }

    /**
     * Feedback someone already submitted on another interview of the application (an earlier stage), written
     * straight to the tables: what the scorecard, the notes for the next interviewers and the tally read.
     */
    long submittedElsewhere(Application application, String interviewer, Vote vote, String reason, String note,
                            Instant submittedAt) {
        long interview = interviews.insert(new NewInterview(application.id(), "earlier-" + System.nanoTime(),
                "An earlier stage", Stage.Kind.LIVE, null, null, submittedAt.minus(Duration.ofHours(2)),
                submittedAt.minus(Duration.ofHours(1)), person("rita"), submittedAt), List.of(person(interviewer)));
        long id = feedback.insertDraft(interview, application.id(), person(interviewer),
                new FeedbackRepository.Content(Map.of("team-fit", new Feedback.Score(Rating.YES, null)), vote, reason,
                        note), submittedAt);
        feedback.submit(id, submittedAt);
        return id;
    }

    long person(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }

    private String ids(String... usernames) {
        return List.of(usernames).stream().map(u -> String.valueOf(person(u))).collect(Collectors.joining(","));
    }

    private Map<String, Task> feedbackTasks(String stageProcessInstanceId) {
        Map<String, Task> result = new LinkedHashMap<>();
        tasks.createTaskQuery().processInstanceId(stageProcessInstanceId)
                .taskDefinitionKey(InterviewStage.TASK_SUBMIT_FEEDBACK).list()
                .forEach(t -> result.put(t.getAssignee(), t));
        return result;
    }

    /** An interview waiting for its panel's feedback: each interviewer's task by username. */
    record Review(Application application, Interview interview, Map<String, Task> tasks) {

        String form(String interviewer) {
            return "/tasks/" + tasks.get(interviewer).getId() + "/" + InterviewStage.FORM_FEEDBACK;
        }
    }

    /** Form fields: a rating per attribute (null leaves it out), with evidence. */
    static Map<String, String> fields(String action, Map<String, String> ratings, Map<String, String> evidence,
                                      String vote, String voteReason, String noteForNext) {
        Map<String, String> fields = new LinkedHashMap<>();
        ratings.forEach((a, r) -> fields.put("ratings[" + a + "]", r));
        evidence.forEach((a, e) -> fields.put("evidence[" + a + "]", e));
        if (vote != null) {
            fields.put("vote", vote);
        }
        fields.put("voteReason", voteReason == null ? "" : voteReason);
        fields.put("noteForNext", noteForNext == null ? "" : noteForNext);
        fields.put("action", action);
        return fields;
    }

    /** A complete, valid submission: YES on every attribute of {@code focus}. */
    static Map<String, String> complete(List<String> focus, String vote) {
        Map<String, String> ratings = new LinkedHashMap<>();
        focus.forEach(a -> ratings.put(a, "YES"));
        return fields("submit", ratings, Map.of(), vote, null, null);
    }

    /** A complete, valid submission on the Beats take-home. */
    static Map<String, String> completeTakeHome(String action, String evidencePrefix, String vote, String reason,
                                                String note) {
        return fields(action,
                Map.of("code-quality", "STRONG_YES", "technical-depth", "YES", "written-communication", "NO"),
                Map.of("code-quality", evidencePrefix + " wrote table-driven tests for every edge case",
                        "technical-depth", "", "written-communication", ""),
                vote, reason, note);
    }
}
