package dev.onramp.interview;

import dev.onramp.tasklist.Notifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.springframework.stereotype.Component;

/**
 * The vote window of a stage closed with feedback still missing: the recruiters hear of it, and the interview is
 * DONE (the feedback that is in counts; the open tasks are gone with the window).
 */
@Component(InterviewStage.BEAN_FEEDBACK_OVERDUE)
class FeedbackOverdue implements JavaDelegate {

    private final StageNotices notices;
    private final Notifications notifications;
    private final InterviewRepository interviews;

    FeedbackOverdue(StageNotices notices, Notifications notifications, InterviewRepository interviews) {
        this.notices = notices;
        this.notifications = notifications;
        this.interviews = interviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StageNotices.Stage stage = notices.stage(execution);
        notifications.notify(notices.recruiters(), "notification.feedback.overdue", stage.applicationLink(),
                stage.name(), stage.requisitionTitle(), stage.applicationId());
        LongValue interviewId = execution.getVariableTyped(InterviewStage.VAR_INTERVIEW_ID);
        if (interviewId != null && interviewId.getValue() != null) {
            interviews.setStatus(interviewId.getValue(), Interview.Status.SCHEDULED, Interview.Status.DONE);
        }
    }
}
