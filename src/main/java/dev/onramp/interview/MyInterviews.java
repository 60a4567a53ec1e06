package dev.onramp.interview;

import dev.onramp.loop.LoopStages;
import dev.onramp.loop.Stage;
import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.people.OnrampUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * An interviewer's own interviews, with only what they need about the candidate: name, résumé link and local
 * time; the stage's focus and notes; and their open feedback task, if any. Nothing else about the candidate.
 */
@Service
class MyInterviews {

    private final InterviewRepository interviews;
    private final ApplicationRepository applications;
    private final LoopStages loopStages;
    private final TaskService tasks;
    private final Clock clock;
    private final SubmittedFeedback submitted;

    MyInterviews(InterviewRepository interviews, ApplicationRepository applications, LoopStages loopStages,
                 TaskService tasks, Clock clock, SubmittedFeedback submitted) {
        this.interviews = interviews;
        this.applications = applications;
        this.loopStages = loopStages;
        this.tasks = tasks;
        this.clock = clock;
        this.submitted = submitted;
    }

    Listing of(OnrampUser me) {
        Instant now = clock.instant();
        List<Row> rows = interviews.findByPanelMember(me.personId()).stream().map(i -> row(i, me)).toList();
        return new Listing(
                rows.stream().filter(r -> r.status() == Interview.Status.SCHEDULED && r.endsAt().toInstant().isAfter(now))
                        .toList(),
                rows.stream().filter(r -> r.status() != Interview.Status.SCHEDULED || !r.endsAt().toInstant().isAfter(now))
                        .sorted(Comparator.comparing(Row::startsAt).reversed()).toList());
    }

    private Row row(Interview i, OnrampUser me) {
        Application application = applications.get(i.applicationId());
        ZoneId candidateZone = ZoneId.of(application.candidateZone());
        Stage stage = i.loopProcessDefinitionId() == null ? null
                : loopStages.stagesOf(i.loopProcessDefinitionId()).stream()
                        .filter(s -> s.key().equals(i.stageKey())).findFirst().orElse(null);
        String feedbackTaskId = i.stageProcessInstanceId() == null ? null
                : tasks.createTaskQuery().processInstanceId(i.stageProcessInstanceId())
                        .taskDefinitionKey(InterviewStage.TASK_SUBMIT_FEEDBACK).taskAssignee(me.getUsername())
                        .list().stream().map(Task::getId).findFirst().orElse(null);
        Long submittedFeedbackId = submitted.mySubmittedFeedbackId(i.id(), me).orElse(null);
        return new Row(i.id(), i.applicationId(), i.stageName(), i.kind(), i.status(), i.startsAt().atZone(me.timeZone()),
                i.endsAt().atZone(me.timeZone()), i.startsAt().atZone(candidateZone),
                i.endsAt().atZone(candidateZone), application.candidateName(), application.resumeUrl(),
                stage == null ? List.of() : stage.focus(), stage == null ? null : stage.notes(), feedbackTaskId,
                submittedFeedbackId);
    }

    /** Upcoming soonest first; past (or cancelled) latest first. */
    record Listing(List<Row> upcoming, List<Row> past) {
    }

    /**
     * One interview on "My interviews": times in my zone and in the candidate's; focus as slugs; my open feedback
     * task, or my submitted feedback (which lets me see the panel's scorecard).
     */
    record Row(long id, long applicationId, String stageName, Stage.Kind kind, Interview.Status status, ZonedDateTime startsAt,
               ZonedDateTime endsAt, ZonedDateTime candidateStartsAt, ZonedDateTime candidateEndsAt,
               String candidateName, String resumeUrl, List<String> focus, String notes, String feedbackTaskId,
               Long submittedFeedbackId) {

        public boolean isTakeHome() {
            return kind == Stage.Kind.TAKE_HOME;
        }
    }
}
