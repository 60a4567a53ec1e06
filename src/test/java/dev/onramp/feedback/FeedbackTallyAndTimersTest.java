package dev.onramp.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.feedback.FeedbackFixture.Review;
import dev.onramp.hiring.Application;
import dev.onramp.interview.CandidateJourney;
import dev.onramp.interview.Interview;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.interview.InterviewRepository.NewInterview;
import dev.onramp.interview.InterviewStage;
import dev.onramp.loop.Stage;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Visitor;
import dev.onramp.tasklist.Notifications;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The vote tally the voting rule reads, and the feedback timers of a live interview on the real engine. */
@OnrampAppTest
class FeedbackTallyAndTimersTest {

    @Autowired
    WebTest webTest;

    @Autowired
    FeedbackFixture fixture;
    @Autowired
    CandidateJourney journey;
    @Autowired
    FeedbackRepository feedback;
    @Autowired
    InterviewRepository interviews;
    @Autowired
    VoteTally tally;
    @Autowired
    Notifications notifications;
    @Autowired
    dev.onramp.mail.Outbox outbox;
    @Autowired
    Clock clock;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldCountTheSubmittedVotesOfAllInterviewsWithTheVetoReasonsInTheOrderCast() {
        Application application = journey.atFirstStage("kibana", "Tally Counted", "Asia/Kolkata");
        Instant now = clock.instant();
        fixture.submittedElsewhere(application, "karl", Vote.PLUS_ONE, null, null, now);
        fixture.submittedElsewhere(application, "lucia", Vote.MINUS_ONE, "First veto", null, now.plusSeconds(60));
        fixture.submittedElsewhere(application, "aiko", Vote.ZERO, null, null, now.plusSeconds(120));
        fixture.submittedElsewhere(application, "ivan", Vote.MINUS_ONE, "Second veto", null, now.plusSeconds(180));
        fixture.submittedElsewhere(application, "priya", Vote.PLUS_ONE, null, null, now.plusSeconds(240));
        long interview = interviews.insert(new NewInterview(application.id(), "draft-only", "Draft only",
                Stage.Kind.LIVE, null, null, now, now.plusSeconds(3600), fixture.person("rita"), now),
                List.of(fixture.person("sam")));
        feedback.insertDraft(interview, application.id(), fixture.person("sam"),
                new FeedbackRepository.Content(Map.of(), Vote.MINUS_ONE, "A draft does not count", null), now);

        VoteTally.Tally counted = tally.tally(application.id());

        assertThat(counted).isEqualTo(new VoteTally.Tally(2, 1, 2, List.of("First veto", "Second veto")));
        assertThat(tally.tally(987654321L)).isEqualTo(VoteTally.Tally.none());
    }

    @Test
    void shouldRemindIvanAnHourAfterTheInterviewAndCloseTheVoteWindowAfterSeventyTwoHours() {
        Instant end = clock.instant().plus(Duration.ofHours(3));
        Review review = fixture.liveInterviewOver("kibana", "Reminder Due", end, "ivan", "priya");
        String stage = review.interview().stageProcessInstanceId();
        String ivansTask = review.tasks().get("ivan").getId();
        signedIn("priya").postForm(review.form("priya"), review.form("priya"), FeedbackFixture.complete(
                List.of("code-quality", "collaboration", "technical-depth"), "PLUS_ONE"));

        ClockUtil.setCurrentTime(Date.from(end.plus(InterviewStage.FEEDBACK_REMINDER_AFTER).plusSeconds(60)));
        fixture.runJob(stage, InterviewStage.TIMER_FEEDBACK_REMINDER);

        assertThat(notifications.recent(fixture.person("ivan"), 50))
                .anySatisfy(n -> {
                    assertThat(n.messageKey()).isEqualTo("notification.feedback.reminder");
                    assertThat(n.link()).isEqualTo("/tasks/" + ivansTask);
                });
        Notifications.Notification reminder = notifications.recent(fixture.person("ivan"), 50).stream()
                .filter(n -> ("/tasks/" + ivansTask).equals(n.link())).findFirst().orElseThrow();
        assertThat(outbox.findByKey("notification-" + reminder.id())).as("the reminder is mailed too")
                .hasValueSatisfying(mail -> assertThat(mail.text()).contains("/tasks/" + ivansTask));
        assertThat(notifications.recent(fixture.person("priya"), 50))
                .noneSatisfy(n -> assertThat(n.link()).isEqualTo("/tasks/" + review.tasks().get("priya").getId()));
        assertThat(interviews.get(review.interview().id()).status()).isEqualTo(Interview.Status.SCHEDULED);

        ClockUtil.setCurrentTime(Date.from(end.plus(InterviewStage.VOTE_WINDOW).plusSeconds(60)));
        fixture.runJob(stage, InterviewStage.TIMER_VOTE_WINDOW_CLOSED);

        assertThat(interviews.get(review.interview().id()).status()).isEqualTo(Interview.Status.DONE);
        assertThat(notifications.recent(fixture.person("rita"), 50))
                .anySatisfy(n -> {
                    assertThat(n.messageKey()).isEqualTo("notification.feedback.overdue");
                    assertThat(n.link()).isEqualTo("/applications/" + review.application().id());
                });
        assertThat(signedIn("ivan").get(review.form("ivan")).status()).as("the window closed the task")
                .isEqualTo(409);
        assertThat(tally.tally(review.application().id()).plusOnes()).isOne();
    }

    private Visitor signedIn(String username) {
        return webTest.signedIn(username);
    }
}
