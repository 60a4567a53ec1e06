package dev.onramp.interview;

import dev.onramp.hiring.Application;
import dev.onramp.people.OnrampUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Test fixture: a candidate with a live interview booked by rita through {@link InterviewScheduling#schedule} (the one
 * place every booking passes), on the first proposed panel and slot; and, for the tests about what happens once an
 * interview has begun, its start moved into the past in our table (the process's timer stays as booked). Part of
 * {@link dev.onramp.system.OnrampAppTest}'s context (imported there, not component-scanned: other contexts lack
 * {@link CandidateJourney}).
 */
public class BookedInterviews {

    private final CandidateJourney journey;
    private final InterviewScheduling scheduling;
    private final InterviewRepository interviews;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final Clock clock;

    public BookedInterviews(CandidateJourney journey, InterviewScheduling scheduling, InterviewRepository interviews,
                     UserDetailsService users, JdbcClient jdbc, Clock clock) {
        this.journey = journey;
        this.scheduling = scheduling;
        this.interviews = interviews;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A Kibana candidate's pair programming, booked with {@code venue}. */
    public Interview book(String candidateName, String candidateZone, Venue venue) {
        Application application = journey.atFirstStage("kibana", candidateName, candidateZone);
        Task task = journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW);
        OnrampUser rita = user("rita");
        StageTask t = scheduling.load(task.getId(), rita, InterviewStage.FORM_SCHEDULE);
        List<PoolMember> panel = scheduling.panel(t, scheduling.pool(t), List.of(), t.stage().panelSize()).chosen();
        List<Slot> slots = scheduling.slots(t, panel).slots();
        Instant start = slots.isEmpty() ? clock.instant().plus(Duration.ofDays(3)) : slots.get(0).start();
        long id = scheduling.schedule(t, panel.stream().map(PoolMember::personId).toList(), start, venue, rita, false);
        return interviews.get(id);
    }

    /** The interview began {@code ago} ago (it still ends when it was booked to). */
    public Interview begun(Interview interview, Duration ago) {
        jdbc.sql("UPDATE interview SET starts_at = ? WHERE id = ?")
                .params(clock.instant().minus(ago).atOffset(ZoneOffset.UTC), interview.id()).update();
        return interviews.get(interview.id());
    }

    public OnrampUser user(String username) {
        return (OnrampUser) users.loadUserByUsername(username);
    }

    public Interview reload(Interview interview) {
        return interviews.get(interview.id());
    }

    /** The usernames on the interview's panel, in seat order. */
    public List<String> panel(Interview interview) {
        return interviews.panelUsernames(interview.id());
    }
}
