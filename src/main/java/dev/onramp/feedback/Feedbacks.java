package dev.onramp.feedback;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.interview.Interview;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.interview.InterviewStage;
import dev.onramp.loop.LoopStages;
import dev.onramp.loop.Stage;
import dev.onramp.people.OnrampUser;
import dev.onramp.system.NotFoundException;
import dev.onramp.tasklist.TaskList;
import dev.onramp.tasklist.TaskVariables;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An interviewer's feedback on their task: loaded only for the task's assignee, saved as a draft as often as they
 * like, submitted once (then read-only, and the task is completed in the same transaction). When the last of the
 * panel has submitted, the interview is DONE.
 */
@Service
class Feedbacks {

    private static final Logger log = LoggerFactory.getLogger(Feedbacks.class);

    private final TaskList taskList;
    private final TaskService tasks;
    private final TaskVariables variables;
    private final InterviewRepository interviews;
    private final ApplicationRepository applications;
    private final LoopStages loopStages;
    private final FeedbackRepository feedback;
    private final Clock clock;

    Feedbacks(TaskList taskList, TaskService tasks, TaskVariables variables, InterviewRepository interviews,
              ApplicationRepository applications, LoopStages loopStages, FeedbackRepository feedback, Clock clock) {
        this.taskList = taskList;
        this.tasks = tasks;
        this.variables = variables;
        this.interviews = interviews;
        this.applications = applications;
        this.loopStages = loopStages;
        this.feedback = feedback;
        this.clock = clock;
    }

    /**
     * My open feedback task: 404 unless it is a feedback task assigned to me (nobody else, not even an admin, writes
     * an interviewer's feedback); 409 when it is already done (see {@link TaskList#requireWorkable}).
     */
    FeedbackTask load(String taskId, OnrampUser me) {
        Task seen = taskList.require(taskId, me);
        if (!InterviewStage.TASK_SUBMIT_FEEDBACK.equals(seen.getTaskDefinitionKey())
                || !me.getUsername().equals(seen.getAssignee())) {
            throw new NotFoundException("feedback task", taskId);
        }
        Task task = taskList.requireWorkable(taskId, me);
        LongValue interviewId = variables.<LongValue>typed(task, InterviewStage.VAR_INTERVIEW_ID).orElse(null);
        if (interviewId == null || interviewId.getValue() == null) {
            throw new NotFoundException("interview of task", taskId);
        }
        Interview interview = interviews.get(interviewId.getValue());
        Application application = applications.get(interview.applicationId());
        Stage stage = loopStages.stage(interview.loopProcessDefinitionId(), interview.stageKey());
        return new FeedbackTask(task, interview, application, stage);
    }

    Optional<Feedback> mine(FeedbackTask t, OnrampUser me) {
        return feedback.findByInterviewAndInterviewer(t.interview().id(), me.personId());
    }

    List<FeedbackRepository.NoteForNext> notesFromEarlierStages(FeedbackTask t) {
        return feedback.notesForNext(t.application().id(), t.interview().id());
    }

    /** Saves what is typed as my draft; refused (409) once the feedback is submitted. */
    @Transactional
    long saveDraft(FeedbackTask t, FeedbackForm form, OnrampUser me) {
        return save(t, form, me, clock.instant());
    }

    /**
     * Stores the (validated) feedback as SUBMITTED and completes the task, in one transaction; submissions on
     * one interview go one at a time, and the last of its panel marks the interview DONE.
     */
    @Transactional
    long submit(FeedbackTask t, FeedbackForm form, OnrampUser me) {
        feedback.lockInterview(t.interview().id());
        Instant now = clock.instant();
        long id = save(t, form, me, now);
        if (!feedback.submit(id, now)) {
            throw new FeedbackSubmittedException(id);
        }
        tasks.complete(t.task().getId());
        if (feedback.countSubmitted(t.interview().id()) >= feedback.countPanel(t.interview().id())) {
            interviews.setStatus(t.interview().id(), Interview.Status.SCHEDULED, Interview.Status.DONE);
        }
        log.info("Feedback {} on interview {} submitted by person {}", id, t.interview().id(), me.personId());
        return id;
    }

    private long save(FeedbackTask t, FeedbackForm form, OnrampUser me, Instant now) {
        FeedbackRepository.Content content = form.content(t.stage().focus());
        Optional<Feedback> existing = mine(t, me);
        if (existing.isEmpty()) {
            return feedback.insertDraft(t.interview().id(), t.application().id(), me.personId(), content, now);
        }
        if (existing.get().isSubmitted() || !feedback.updateDraft(existing.get().id(), content, now)) {
            throw new FeedbackSubmittedException(existing.get().id());
        }
        return existing.get().id();
    }
}
