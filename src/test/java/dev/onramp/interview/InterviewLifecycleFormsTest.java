package dev.onramp.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.ApplicationTimeline;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The interview's life through its forms on the real stage process: reschedule (proposals or another time), cancel,
 * no-show, held; bad input answered next to the field, stale and doubled submits refused, permissions on the server,
 * every event on the timeline.
 */
@OnrampAppTest
class InterviewLifecycleFormsTest {

    @Autowired
    WebTest web;
    @Autowired
    BookedInterviews booked;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ApplicationTimeline timeline;

    @Test
    void shouldRescheduleToAProposedSlotMoveTheTimerKeepTheHistoryAndShowItOnTheTimeline() {
        Interview interview = booked.book("Ravi Moved", "Asia/Kolkata", Venue.NONE);
        Visitor rita = web.signedIn("rita");
        Page form = rita.get(path(interview, "reschedule"));
        assertThat(form.status()).isEqualTo(200);
        String slot = form.select("#slots input[type=radio][name=slot][value$=Z]").stream()
                .filter(r -> !r.val().equals(interview.startsAt().toString())).findFirst().orElseThrow().val();

        Page response = rita.post(path(interview, "reschedule"), reschedule(slot, "", "", "The candidate is ill", 0));

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).endsWith("/applications/" + interview.applicationId());
        Interview moved = booked.reload(interview);
        Instant start = Instant.parse(slot);
        assertThat(moved.startsAt()).isEqualTo(start);
        assertThat(moved.endsAt()).isEqualTo(start.plus(Duration.between(interview.startsAt(), interview.endsAt())));
        assertThat(moved.inviteSequence()).isEqualTo(1);
        Job over = management.createJobQuery().processInstanceId(interview.stageProcessInstanceId())
                .activityId(InterviewStage.EVENT_INTERVIEW_OVER).singleResult();
        assertThat(over.getDuedate()).as("the process planned its timer again").isEqualTo(Date.from(moved.endsAt()));
        Page page = rita.follow(response);
        assertThat(page.flash()).contains("The interview is rescheduled");
        assertThat(page.text("#timeline-steps")).contains("Interview rescheduled by Rita")
                .contains("Reason: The candidate is ill");
    }

    @Test
    void shouldRescheduleToAnotherTimeInTheZoneTheRecruiterChose() {
        Interview interview = booked.book("Other Time", "Europe/Lisbon", Venue.NONE);
        Visitor rita = web.signedIn("rita");
        String local = interview.startsAt().plus(Duration.ofDays(2)).atZone(ZoneId.of("Asia/Tokyo"))
                .toLocalDateTime().withSecond(0).withNano(0).toString();

        Map<String, String> fields = reschedule(ScheduleForm.OTHER, local, "Asia/Tokyo", "Panel conflict", 0);
        // two days on may be a weekend: working hours are InterviewLifecycleRescheduleChecksTest's
        fields.put("bookAnyway", "true");

        Page response = rita.postForm(path(interview, "reschedule"), path(interview, "reschedule"), fields);

        assertThat(response.status()).isEqualTo(302);
        assertThat(booked.reload(interview).startsAt())
                .isEqualTo(java.time.LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Tokyo")).toInstant());
    }

    @Test
    void shouldRefuseARescheduleIntoThePastNextToTheFieldAndKeepWhatWasTyped() {
        Interview interview = booked.book("Past Time", "Europe/Lisbon", Venue.NONE);
        Visitor rita = web.signedIn("rita");

        Page response = rita.postForm(path(interview, "reschedule"), path(interview, "reschedule"),
                reschedule(ScheduleForm.OTHER, "2020-01-06T10:00", "Europe/Berlin", "Too late now", 0));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#otherStart-error")).isEqualTo("Choose a time in the future.");
        assertThat(response.value("#otherStart")).isEqualTo("2020-01-06T10:00");
        assertThat(response.text("#reason")).isEqualTo("Too late now");
        assertThat(booked.reload(interview).startsAt()).isEqualTo(interview.startsAt());
    }

    @Test
    void shouldAskForAReasonOfBoundedLength() {
        Interview interview = booked.book("No Reason", "Europe/Lisbon", Venue.NONE);
        Visitor rita = web.signedIn("rita");

        Page none = rita.postForm(path(interview, "cancel"), path(interview, "cancel"),
                Map.of("reason", "  ", "sequence", "0"));
        Page tooLong = rita.postForm(path(interview, "cancel"), path(interview, "cancel"),
                Map.of("reason", "x".repeat(InterviewLifecycle.MAX_REASON + 1), "sequence", "0"));

        assertThat(none.status()).isEqualTo(200);
        assertThat(none.text("#reason-error")).isEqualTo("Say why.");
        assertThat(tooLong.text("#reason-error")).isEqualTo("Keep the reason to at most 500 characters.");
        assertThat(booked.reload(interview).status()).isEqualTo(Interview.Status.SCHEDULED);
    }

    @Test
    void shouldRefuseAStaleOrDoubledSubmitAndChangeNothingTwice() {
        Interview interview = booked.book("Twice Moved", "Europe/Lisbon", Venue.NONE);
        Visitor rita = web.signedIn("rita");
        String local = interview.startsAt().plus(Duration.ofDays(1)).atZone(ZoneId.of("Europe/Berlin"))
                .toLocalDateTime().withSecond(0).withNano(0).toString();
        Map<String, String> fields = reschedule(ScheduleForm.OTHER, local, "Europe/Berlin", "Room taken", 0);
        // a day on may be a weekend: working hours are InterviewLifecycleRescheduleChecksTest's
        fields.put("bookAnyway", "true");

        Page first = rita.post(path(interview, "reschedule"), fields);
        assertThat(rita.follow(first).flash()).contains("The interview is rescheduled");
        Page second = rita.post(path(interview, "reschedule"), fields);

        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(302);
        assertThat(rita.follow(second).flash()).contains("The interview changed in the meantime");
        assertThat(booked.reload(interview).inviteSequence()).isEqualTo(1);
        Page cancelStale = rita.post(path(interview, "cancel"), Map.of("reason", "Old page", "sequence", "0"));
        assertThat(rita.follow(cancelStale).flash()).contains("The interview changed in the meantime");
        assertThat(booked.reload(interview).status()).isEqualTo(Interview.Status.SCHEDULED);
    }

    @Test
    void shouldCancelEndTheOpenFeedbackAndSendTheStageBackToScheduling() {
        Interview interview = booked.begun(booked.book("Called Off", "Europe/Lisbon", Venue.NONE), Duration.ofMinutes(5));
        Visitor rita = web.signedIn("rita");
        assertThat(rita.follow(rita.post(path(interview, "held"), Map.of())).flash()).contains("marked held");
        assertThat(feedbackTasks(interview)).hasSize(booked.panel(interview).size());

        Page response = rita.postForm(path(interview, "cancel"), path(interview, "cancel"),
                Map.of("reason", "Position on hold for this candidate", "sequence", "0"));

        assertThat(response.status()).isEqualTo(302);
        assertThat(booked.reload(interview).status()).isEqualTo(Interview.Status.CANCELLED);
        assertThat(booked.reload(interview).inviteSequence()).isEqualTo(1);
        assertThat(feedbackTasks(interview)).isEmpty();
        assertThat(tasks.createTaskQuery().processInstanceId(interview.stageProcessInstanceId())
                .taskDefinitionKey(InterviewStage.TASK_SCHEDULE_INTERVIEW).count()).isOne();
        assertThat(rita.follow(response).text("#timeline-steps")).contains("Interview marked held by Rita")
                .contains("Interview cancelled by Rita").contains("Reason: Position on hold for this candidate");
    }

    @Test
    void shouldLetThePanelMarkAStartedInterviewHeldAndOpenTheirFeedbackAtOnce() {
        Interview interview = booked.book("Early Feedback", "Europe/Lisbon", Venue.NONE);
        String member = booked.panel(interview).get(0);
        Visitor panelist = web.signedIn(member);

        Page tooEarly = panelist.post(path(interview, "held"), Map.of());
        assertThat(panelist.follow(tooEarly).flash()).contains("has not started yet");
        assertThat(feedbackTasks(interview)).isEmpty();

        booked.begun(interview, Duration.ofMinutes(30));
        Page held = panelist.post(path(interview, "held"), Map.of());

        assertThat(held.status()).isEqualTo(302);
        assertThat(panelist.follow(held).flash()).contains("The interview is marked held");
        assertThat(feedbackTasks(interview)).extracting(Task::getAssignee)
                .containsExactlyInAnyOrderElementsOf(booked.panel(interview));
        Page again = panelist.post(path(interview, "held"), Map.of());
        assertThat(panelist.follow(again).flash()).contains("Feedback is already open");
    }

    @Test
    void shouldRecordANoShowOnTheTimelineAndEndTheStageWhenAskedTo() {
        Interview interview = booked.begun(booked.book("Not There", "Europe/Lisbon", Venue.NONE), Duration.ofMinutes(15));
        Visitor rita = web.signedIn("rita");

        Page response = rita.postForm(path(interview, "no-show"), path(interview, "no-show"),
                Map.of("who", "CANDIDATE", "then", "END", "reason", "Did not join; no answer by mail", "sequence", "0"));

        assertThat(response.status()).isEqualTo(302);
        assertThat(booked.reload(interview).status()).isEqualTo(Interview.Status.NO_SHOW);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(interview.stageProcessInstanceId()).count())
                .as("the stage ended").isZero();
        assertThat(rita.follow(response).text("#timeline-steps")).contains("No-show recorded by Rita")
                .contains("The candidate did not come");
    }

    @Test
    void shouldScheduleTheStageAgainAfterAnInterviewersNoShow() {
        Interview interview = booked.begun(booked.book("Panel Missing", "Europe/Lisbon", Venue.NONE), Duration.ofMinutes(15));
        Visitor rita = web.signedIn("rita");

        Page response = rita.postForm(path(interview, "no-show"), path(interview, "no-show"),
                Map.of("who", "INTERVIEWER", "then", "RESCHEDULE", "reason", "Interviewer was sick", "sequence", "0"));

        assertThat(response.status()).isEqualTo(302);
        assertThat(tasks.createTaskQuery().processInstanceId(interview.stageProcessInstanceId())
                .taskDefinitionKey(InterviewStage.TASK_SCHEDULE_INTERVIEW).count()).isOne();
    }

    @Test
    void shouldRefuseANoShowBeforeTheInterviewBeganAndExplainMissingChoices() {
        Interview interview = booked.book("Not Yet", "Europe/Lisbon", Venue.NONE);
        Visitor rita = web.signedIn("rita");

        Page notYet = rita.get(path(interview, "no-show"));
        assertThat(rita.follow(notYet).flash()).contains("once the interview has begun");

        booked.begun(interview, Duration.ofMinutes(5));
        Page missing = rita.postForm(path(interview, "no-show"), path(interview, "no-show"),
                Map.of("who", "SOMEONE", "then", "", "reason", "Hmm", "sequence", "0"));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.text("main")).contains("Choose");
        assertThat(booked.reload(interview).status()).isEqualTo(Interview.Status.SCHEDULED);
    }

    @Test
    void shouldKeepTheFormsFromPeopleWhoAreNotRecruitersOnTheServer() {
        Interview interview = booked.book("Only Recruiters", "Europe/Lisbon", Venue.NONE);
        String member = booked.panel(interview).get(0);

        assertThat(web.signedIn(member).get(path(interview, "reschedule")).status()).isEqualTo(403);
        assertThat(web.signedIn(member).post(path(interview, "cancel"), Map.of("reason", "x", "sequence", "0"))
                .status()).isEqualTo(403);
        assertThat(web.signedIn("ivan").post(path(interview, "held"), Map.of()).status())
                .as("not on this panel, cannot see the application").isEqualTo(404);
        assertThat(web.signedIn("hank").post(path(interview, "held"), Map.of()).status())
                .as("another team's hiring manager").isEqualTo(404);
        assertThat(booked.reload(interview).status()).isEqualTo(Interview.Status.SCHEDULED);
    }

    @Test
    void shouldOfferTheButtonsOnTheApplicationPageToRecruitersOnly() {
        Interview interview = booked.begun(booked.book("Buttons Shown", "Europe/Lisbon", Venue.NONE), Duration.ofMinutes(1));

        Page rita = web.signedIn("rita").get("/applications/" + interview.applicationId());

        assertThat(rita.text("#reschedule-" + interview.id())).isEqualTo("Reschedule: Pair programming");
        assertThat(rita.has("#cancel-" + interview.id())).isTrue();
        assertThat(rita.has("#no-show-" + interview.id())).isTrue();
        assertThat(rita.has("#held-" + interview.id())).isTrue();
        assertThat(rita.has("#ics-" + interview.id())).isTrue();
    }

    private List<Task> feedbackTasks(Interview interview) {
        return tasks.createTaskQuery().processInstanceId(interview.stageProcessInstanceId())
                .taskDefinitionKey(InterviewStage.TASK_SUBMIT_FEEDBACK).list();
    }

    private static String path(Interview interview, String action) {
        return "/interviews/" + interview.id() + "/" + action;
    }

    private static Map<String, String> reschedule(String slot, String otherStart, String otherZone, String reason,
                                                  int sequence) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slot", slot);
        fields.put("otherStart", otherStart);
        fields.put("otherZone", otherZone);
        fields.put("reason", reason);
        fields.put("sequence", String.valueOf(sequence));
        return fields;
    }
}
